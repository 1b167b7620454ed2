/**
 * Random asyncio programs, written twice — as a playground (TypeScript) and as its Python
 * twin — from one seed: tasks that sleep, log, schedule callbacks, fail, hold a lock, pass
 * items through a bounded queue, run under `asyncio.timeout`, set a context variable that
 * every log line shows (two tasks may share one context); a main that cancels one,
 * `wait`s with a timeout, `wait_for`s a shielded one and gathers them all. Every program ends
 * on its own: sleeps are short, every blocking queue call has a timeout, and main gathers
 * everything with return_exceptions. Output is printed as integers and strings only, so the
 * two languages cannot differ in number formatting.
 */

/** A small seeded generator (LCG), so a seed always gives the same program. */
export function rng(seed: number): () => number {
  let state = (seed * 2654435761) >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface Program {
  seed: number;
  ts: string;
  py: string;
}

/** One statement in both languages, at the same indentation depth. */
interface Line {
  ts: string;
  py: string;
}

const DELAYS = ["0", "0.1", "0.2", "0.3"];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)];
}

/** A program from `seed`. */
export function generate(seed: number): Program {
  const next = rng(seed);
  const workers = 2 + Math.floor(next() * 3);
  const useLock = next() < 0.4;
  const useQueue = next() < 0.5;
  const defs: Line[][] = [];

  for (let w = 0; w < workers; w++) {
    const body: Line[] = [];
    const steps = 1 + Math.floor(next() * 4);
    for (let s = 0; s < steps; s++) {
      const choice = next();
      if (choice < 0.45) {
        const d = pick(next, DELAYS);
        body.push({ ts: `await asyncio.sleep(${d});`, py: `await asyncio.sleep(${d})` });
      } else if (choice < 0.6 && useLock) {
        const d = pick(next, DELAYS);
        body.push({
          ts: `await asyncio.async_with(lock, async () => { log("w${w} holds the lock"); await asyncio.sleep(${d}); });`,
          py: `async with lock:\n        log("w${w} holds the lock"); await asyncio.sleep(${d})`,
        });
      } else if (choice < 0.66) {
        body.push({
          ts: `loop.call_soon(log, "w${w} callback ${s}");`,
          py: `loop.call_soon(log, "w${w} callback ${s}")`,
        });
      } else if (choice < 0.7) {
        const d = pick(next, DELAYS);
        body.push({
          ts: `try { await asyncio.async_with(asyncio.timeout(0.15), async () => { await asyncio.sleep(${d}); log("w${w} in time"); }); } catch (e) { if (!(e instanceof asyncio.TimeoutError)) throw e; log("w${w} timed out"); }`,
          py: `try:
        async with asyncio.timeout(0.15):
            await asyncio.sleep(${d}); log("w${w} in time")
    except TimeoutError:
        log("w${w} timed out")`,
        });
      } else if (choice < 0.74 && useQueue) {
        body.push({
          ts: `try { queue.put_nowait("w${w}:${s}"); log("w${w} put"); } catch (e) { if (!(e instanceof asyncio.QueueFull)) throw e; log("w${w} queue full"); }`,
          py: `try:
        queue.put_nowait("w${w}:${s}"); log("w${w} put")
    except asyncio.QueueFull:
        log("w${w} queue full")`,
        });
      } else if (choice < 0.78 && useQueue) {
        const d = pick(next, ["0.05", "0.25"]);
        body.push({
          ts: `try { log("w${w} got " + (await asyncio.wait_for(queue.get(), ${d}))); } catch (e) { if (!(e instanceof asyncio.TimeoutError)) throw e; log("w${w} queue empty"); }`,
          py: `try:
        log("w${w} got " + await asyncio.wait_for(queue.get(), ${d}))
    except TimeoutError:
        log("w${w} queue empty")`,
        });
      } else if (choice < 0.84) {
        body.push({
          ts: `throw new ValueError("w${w} failed");`,
          py: `raise ValueError("w${w} failed")`,
        });
        break;
      } else if (choice < 0.9) {
        body.push({ ts: `current.set("w${w}.${s}");`, py: `current.set("w${w}.${s}")` });
      } else {
        body.push({ ts: `log("w${w} step ${s}");`, py: `log("w${w} step ${s}")` });
      }
    }
    body.push({ ts: `return "w${w} done";`, py: `return "w${w} done"` });
    defs.push(body);
  }

  const mainBody: Line[] = [];
  // The first two tasks may run in one context (each sees what the other sets).
  const shareContext = next() < 0.3;
  if (shareContext) {
    mainBody.push({
      ts: "const shared = contextvars.copy_context();",
      py: "shared = contextvars.copy_context()",
    });
  }
  for (let w = 0; w < workers; w++) {
    const shared = shareContext && w < 2;
    mainBody.push({
      ts: `const t${w} = asyncio.create_task(w${w}(), { name: "w${w}"${shared ? ", context: shared" : ""} });`,
      py: `t${w} = asyncio.create_task(w${w}(), name="w${w}"${shared ? ", context=shared" : ""})`,
    });
  }
  if (next() < 0.5) {
    const victim = Math.floor(next() * workers);
    const d = pick(next, DELAYS);
    mainBody.push({ ts: `await asyncio.sleep(${d});`, py: `await asyncio.sleep(${d})` });
    mainBody.push({
      ts: `t${victim}.cancel("stop w${victim}");`,
      py: `t${victim}.cancel("stop w${victim}")`,
    });
  }
  if (next() < 0.4) {
    const d = pick(next, ["0.05", "0.15", "0.35"]);
    const some = Array.from({ length: workers }, (_, w) => `t${w}`)
      .slice(0, 2)
      .join(", ");
    mainBody.push({
      ts: `{ const [done, pending] = await asyncio.wait([${some}], { timeout: ${d} }); log(done.size + " done, " + pending.size + " pending"); }`,
      py: `done, pending = await asyncio.wait([${some}], timeout=${d}); log(str(len(done)) + " done, " + str(len(pending)) + " pending")`,
    });
  }
  if (next() < 0.4) {
    const target = Math.floor(next() * workers);
    const d = pick(next, ["0.05", "0.15", "0.25", "0.45"]);
    mainBody.push({
      ts: `try { log(await asyncio.wait_for(asyncio.shield(t${target}), ${d})); } catch (e) { log("wait_for: " + e.constructor.name); }`,
      py: `try: log(await asyncio.wait_for(asyncio.shield(t${target}), ${d}))\n    except BaseException as e: log("wait_for: " + type(e).__name__)`,
    });
  }
  const tasks = Array.from({ length: workers }, (_, w) => `t${w}`).join(", ");
  mainBody.push({
    ts: `const results = await asyncio.gather(${tasks}, { return_exceptions: true });`,
    py: `results = await asyncio.gather(${tasks}, return_exceptions=True)`,
  });
  mainBody.push({ ts: "print(results);", py: "print(results)" });
  mainBody.push({ ts: 'log("main done");', py: 'log("main done")' });

  const ts = [
    'import * as asyncio from "asyncio";',
    'import * as contextvars from "contextvars";',
    "",
    "class ValueError extends Error {}",
    "const lock = new asyncio.Lock();",
    "const queue = new asyncio.Queue<string>(2);",
    'const current = new contextvars.ContextVar("current", { default: "main" });',
    "let loop: asyncio.BaseEventLoop;",
    "",
    "function log(what: unknown) {",
    "  print(Math.round(loop.time() * 1000), what, current.get());",
    "}",
    "",
    ...defs.flatMap((body, w) => [
      `async function w${w}() {`,
      ...body.map((line) => `  ${line.ts}`),
      "}",
      "",
    ]),
    "async function main() {",
    "  loop = asyncio.get_running_loop();",
    ...mainBody.map((line) => `  ${line.ts}`),
    "}",
    "",
    "asyncio.run(main());",
    "",
  ].join("\n");

  const py = [
    "import asyncio",
    "import contextvars",
    "",
    "lock = asyncio.Lock()",
    "queue = asyncio.Queue(2)",
    'current = contextvars.ContextVar("current", default="main")',
    "loop = None",
    "",
    "",
    "def log(what):",
    "    print(round(loop.time() * 1000), what, current.get())",
    "",
    "",
    ...defs.flatMap((body, w) => [
      `async def w${w}():`,
      ...body.map((line) => `    ${line.py}`),
      "",
      "",
    ]),
    "async def main():",
    "    global loop",
    "    loop = asyncio.get_running_loop()",
    ...mainBody.map((line) => `    ${line.py}`),
    "",
    "",
    "asyncio.run(main())",
    "",
  ].join("\n");

  return { seed, ts, py };
}
