/**
 * `npm run fuzz -- --count N [--seed S]`: runs N random programs from seed S on, under
 * CPython and under our runtime, and prints every divergence with both sources.
 *
 * After each hundred programs it prints what they cost: the median time a program took, and
 * how many objects CPython's collector tracks once they have run. Both stay flat over a long
 * run when nothing accumulates from one program to the next (the object count is the one to
 * trust on a loaded machine).
 */
import { parseArgs } from "node:util";
import "../../src/compiler/node-hook.ts";

// After the hook, so the runtime's coroutines are compiled as they load.
const { runBoth } = await import("./run.ts");
const { cpython } = await import("../../twin/cpython.ts");

const { values } = parseArgs({
  options: { count: { type: "string", default: "200" }, seed: { type: "string", default: "1" } },
});
const count = Number(values.count);
const first = Number(values.seed);
const BATCH = 100;

/** The objects CPython's collector tracks after a full collection. */
async function pythonObjects(): Promise<number> {
  const pyodide = await cpython();
  const scope = pyodide.toPy({});
  try {
    return pyodide.runPython("import gc; gc.collect(); len(gc.get_objects())", {
      globals: scope,
    }) as number;
  } finally {
    scope.destroy();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
let diverged = 0;
let batch: number[] = [];
for (let seed = first; seed < first + count; seed++) {
  const started = performance.now();
  const { program, expected, got } = await runBoth(seed);
  batch.push(performance.now() - started);
  if (batch.length === BATCH || seed === first + count - 1) {
    const from = seed - batch.length + 1;
    console.log(
      `seeds ${from}-${seed}: median ${median(batch).toFixed(0)} ms a program, ` +
        `${await pythonObjects()} Python objects alive after them`,
    );
    batch = [];
  }
  if (expected === got) continue;
  diverged += 1;
  console.log(`\n=== seed ${seed}: outputs differ\n--- CPython\n${expected}\n--- runtime\n${got}`);
  console.log(`--- main.ts\n${program.ts}\n--- main.py\n${program.py}`);
}
console.log(`${count - diverged} passed, ${diverged} failed`);
process.exitCode = diverged ? 1 : 0;
