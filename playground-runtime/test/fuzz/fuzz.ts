/**
 * `npm run fuzz -- --count N [--seed S]`: runs N random programs from seed S on, under
 * CPython and under our runtime, and prints every divergence with both sources.
 */
import { parseArgs } from "node:util";
import "../../src/compiler/node-hook.ts";

// After the hook, so the runtime's coroutines are compiled as they load.
const { runBoth } = await import("./run.ts");

const { values } = parseArgs({
  options: { count: { type: "string", default: "200" }, seed: { type: "string", default: "1" } },
});
const count = Number(values.count);
const first = Number(values.seed);
let diverged = 0;
for (let seed = first; seed < first + count; seed++) {
  const { program, expected, got } = await runBoth(seed);
  if (expected === got) continue;
  diverged += 1;
  console.log(`\n=== seed ${seed}: outputs differ\n--- CPython\n${expected}\n--- runtime\n${got}`);
  console.log(`--- main.ts\n${program.ts}\n--- main.py\n${program.py}`);
}
console.log(`${count - diverged} passed, ${diverged} failed`);
process.exitCode = diverged ? 1 : 0;
