/**
 * `npm run bench`: the runtime's throughput against CPython's asyncio on the same workloads,
 * and against the floor of bare generator resumptions, all measured in one run on one
 * machine. Writes the table to bench/RESULTS.md, below what is kept there by hand. Ratios, not
 * absolute numbers, are the point.
 *
 * Workloads
 * - ping-pong: 10,000 tasks each `await asyncio.sleep(0)` 20 times (task steps per second);
 * - callbacks: one callback re-scheduling itself with call_soon 200,000 times (callbacks/s).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import "../src/compiler/node-hook.ts";

// After the hook, so the runtime's coroutines are compiled as they load.
const { execute } = await import("../src/execute.ts");

const TASKS = 10_000;
const ROUNDS = 20;
const CALLBACKS = 200_000;
const REPEATS = 5;

const PING_PONG_TS = `
import * as asyncio from "asyncio";
async function worker(rounds: number) {
  for (let i = 0; i < rounds; i++) await asyncio.sleep(0);
}
async function main() {
  const tasks = [];
  for (let i = 0; i < ${TASKS}; i++) tasks.push(asyncio.create_task(worker(${ROUNDS})));
  await asyncio.gather(...tasks);
}
asyncio.run(main());
`;

const CALLBACKS_TS = `
import * as asyncio from "asyncio";
async function main() {
  const loop = asyncio.get_running_loop();
  const done = loop.create_future();
  let left = ${CALLBACKS};
  const tick = () => {
    left -= 1;
    if (left > 0) loop.call_soon(tick);
    else done.set_result(null);
  };
  loop.call_soon(tick);
  await done;
}
asyncio.run(main());
`;

const PYTHON = `
import asyncio, time, sys

async def worker(rounds):
    for _ in range(rounds):
        await asyncio.sleep(0)

async def ping_pong():
    tasks = [asyncio.create_task(worker(${ROUNDS})) for _ in range(${TASKS})]
    await asyncio.gather(*tasks)

async def callbacks():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    left = ${CALLBACKS}
    def tick():
        nonlocal left
        left -= 1
        if left > 0:
            loop.call_soon(tick)
        else:
            done.set_result(None)
    loop.call_soon(tick)
    await done

def best(fn):
    times = []
    for _ in range(${REPEATS}):
        t0 = time.perf_counter()
        asyncio.run(fn())
        times.append(time.perf_counter() - t0)
    return min(times)

print(best(ping_pong), best(callbacks), sys.version.split()[0])
`;

function best(run: () => void): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < REPEATS; i++) {
    const t0 = performance.now();
    run();
    fastest = Math.min(fastest, (performance.now() - t0) / 1000);
  }
  return fastest;
}

function runtime(source: string): () => void {
  return () => {
    const result = execute({ "main.ts": source }, { maxIterations: Number.POSITIVE_INFINITY });
    if (!result.ok)
      throw new Error(`benchmark program failed: ${result.error?.formatted ?? result.limitHit}`);
  };
}

/** The floor: the same number of generator resumptions, round-robin, with no event loop. */
function bareGenerators(): void {
  function* worker(rounds: number) {
    for (let i = 0; i < rounds; i++) yield;
  }
  let live = Array.from({ length: TASKS }, () => worker(ROUNDS));
  while (live.length > 0) live = live.filter((gen) => !gen.next().done);
}

/** CPython: the machine's python3 where present (the real interpreter), else say so. */
function cpython(): { pingPong: number; callbacks: number; label: string } | null {
  try {
    const [pingPong, callbacks, version] = execFileSync("python3", ["-c", PYTHON], {
      encoding: "utf8",
    })
      .trim()
      .split(" ");
    return {
      pingPong: Number(pingPong),
      callbacks: Number(callbacks),
      label: `CPython ${version} (system python3)`,
    };
  } catch {
    return null;
  }
}

const steps = TASKS * (ROUNDS + 1);
const ours = { pingPong: best(runtime(PING_PONG_TS)), callbacks: best(runtime(CALLBACKS_TS)) };
const floor = best(bareGenerators);
const reference = cpython();

const versusCPython = reference ? reference.pingPong / ours.pingPong : null;
const versusFloor = ours.pingPong / floor;
const verdict = (met: boolean) => (met ? "met" : "not met");

const rate = (count: number, seconds: number) =>
  `${Math.round(count / seconds).toLocaleString("en-US")}/s`;
const lines = [
  "# Benchmark results",
  "",
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, ${reference?.label ?? "no CPython found"}; best of ${REPEATS} runs each, one run of the script, one machine.`,
  "",
  "| workload | playground-runtime | CPython | runtime ÷ CPython | bare generators | floor ÷ runtime |",
  "| --- | --- | --- | --- | --- | --- |",
  `| ping-pong: ${TASKS.toLocaleString("en-US")} tasks × ${ROUNDS} sleep(0) (task steps) | ${rate(steps, ours.pingPong)} | ${reference ? rate(steps, reference.pingPong) : "—"} | ${reference ? `${(reference.pingPong / ours.pingPong).toFixed(2)}×` : "—"} | ${rate(steps, floor)} | ${(ours.pingPong / floor).toFixed(2)}× |`,
  `| call_soon chain (callbacks) | ${rate(CALLBACKS, ours.callbacks)} | ${reference ? rate(CALLBACKS, reference.callbacks) : "—"} | ${reference ? `${(reference.callbacks / ours.callbacks).toFixed(2)}×` : "—"} | — | — |`,
  "",
  "Targets (issue: performance): at least 3× CPython on the ping-pong, and within 3× of the bare-generator floor.",
  "",
  `- ${versusCPython === null ? "3× CPython: not measured here (no python3)." : `3× CPython: ${verdict(versusCPython >= 3)} (${versusCPython.toFixed(2)}×).`}`,
  `- Within 3× of the floor: ${verdict(versusFloor <= 3)} (${versusFloor.toFixed(2)}×). A step of a task is a turn of CPython's loop: a \`Handle\` made by \`call_soon\`, \`Task.__step\` and its checks, the coroutine's resumption through its \`await\` chain; the floor resumes a bare generator and nothing else.`,
  "",
];
const table = lines.join("\n");
process.stdout.write(table);

// RESULTS.md keeps what was written by hand above the marker (comparisons across runs) and
// this run's table below it.
const MARKER = "<!-- The latest run of npm run bench, written by bench.ts: -->";
const results = new URL("./RESULTS.md", import.meta.url);
const kept = existsSync(results) ? readFileSync(results, "utf8").split(MARKER)[0] : "";
writeFileSync(results, `${kept.trimEnd()}\n\n${MARKER}\n\n${table.replace(/^# .*\n\n/, "")}`);
