/**
 * Random asyncio programs, written twice — as a playground (TypeScript) and as its Python
 * twin — from one seed: tasks that sleep, log, schedule callbacks, fail, hold a lock or a
 * semaphore (`asyncio.async_with` or `await using`, Python's `async with`), pass items through
 * a bounded queue, run under `asyncio.timeout`, open a TaskGroup whose child may fail, enter a
 * context manager of their own that may suppress what its body raises, consume async
 * generators (`for await` to the end or to a `break` and `aclose()`, `anext` with a default;
 * one may be left suspended for `asyncio.run`'s shutdown to close), set a context variable
 * that every log line shows (two tasks may share one context); a main that cancels one,
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

/** Python lines nested under a worker's statement: each continues at the worker body's depth. */
const nested = (...lines: string[]) => lines.join("\n    ");

/** The kinds of statement a worker's step may be, with their weights. */
type StepKind =
  | "sleep"
  | "lock"
  | "callback"
  | "timeout"
  | "put"
  | "get"
  | "throw"
  | "set"
  | "log"
  | "semaphore"
  | "group"
  | "guard"
  | "exhaust"
  | "break"
  | "keep"
  | "anext";

function pickWeighted<T>(next: () => number, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let at = next() * total;
  for (const [item, weight] of weighted) {
    at -= weight;
    if (at < 0) return item;
  }
  return weighted[weighted.length - 1][0];
}

/** An async generator `gN(label)`: yields `label:i` for a few i, its `finally` logs. */
interface AsyncGen {
  items: number;
  ts: string[];
  py: string[];
}

function asyncGenerator(next: () => number, n: number): AsyncGen {
  const items = 1 + Math.floor(next() * 3);
  const sleep = next() < 0.6 ? pick(next, DELAYS) : null;
  const awaitInFinally = next() < 0.5;
  return {
    items,
    ts: [
      `async function* g${n}(label: string) {`,
      "  try {",
      `    for (let i = 0; i < ${items}; i++) {`,
      ...(sleep ? [`      await asyncio.sleep(${sleep});`] : []),
      '      yield label + ":" + i;',
      "    }",
      "  } finally {",
      '    log(label + " closed");',
      ...(awaitInFinally ? ["    await asyncio.sleep(0);"] : []),
      "  }",
      "}",
      "",
    ],
    py: [
      `async def g${n}(label):`,
      "    try:",
      `        for i in range(${items}):`,
      ...(sleep ? [`            await asyncio.sleep(${sleep})`] : []),
      '            yield label + ":" + str(i)',
      "    finally:",
      '        log(label + " closed")',
      ...(awaitInFinally ? ["        await asyncio.sleep(0)"] : []),
      "",
      "",
    ],
  };
}

/** A program from `seed`. */
export function generate(seed: number): Program {
  const next = rng(seed);
  const workers = 2 + Math.floor(next() * 3);
  const useLock = next() < 0.4;
  const useQueue = next() < 0.5;
  const gens = Array.from({ length: Math.floor(next() * 3) }, (_, n) => asyncGenerator(next, n));
  // At most one generator is left suspended for asyncio.run's shutdown_asyncgens() to close:
  // with two, CPython closes them in its WeakSet's order.
  let kept = false;
  const defs: Line[][] = [];
  const weights: (readonly [StepKind, number])[] = [
    ["sleep", 30],
    ["callback", 6],
    ["timeout", 5],
    ["throw", 5],
    ["set", 6],
    ["log", 5],
    ["semaphore", 4],
    ["group", 5],
    ["guard", 6],
    ...(useLock ? ([["lock", 12]] as const) : []),
    ...(useQueue
      ? ([
          ["put", 4],
          ["get", 4],
        ] as const)
      : []),
    ...(gens.length
      ? ([
          ["exhaust", 5],
          ["break", 4],
          ["keep", 2],
          ["anext", 4],
        ] as const)
      : []),
  ];

  for (let w = 0; w < workers; w++) {
    const body: Line[] = [];
    const steps = 1 + Math.floor(next() * 4);
    for (let s = 0; s < steps; s++) {
      const kind = pickWeighted(next, weights);
      const name = `w${w}.${s}`;
      if (kind === "sleep") {
        const d = pick(next, DELAYS);
        body.push({ ts: `await asyncio.sleep(${d});`, py: `await asyncio.sleep(${d})` });
      } else if (kind === "lock" || kind === "semaphore") {
        const d = pick(next, DELAYS);
        const [cm, what] = kind === "lock" ? ["lock", "the lock"] : ["sem", "the semaphore"];
        const inside = `log("w${w} holds ${what}"); await asyncio.sleep(${d});`;
        body.push({
          ts:
            kind === "lock" && next() < 0.5
              ? `await asyncio.async_with(lock, async () => { ${inside} });`
              : `{ await using held = ${cm}; ${inside} }`,
          py: nested(
            `async with ${cm}:`,
            `    log("w${w} holds ${what}"); await asyncio.sleep(${d})`,
          ),
        });
      } else if (kind === "callback") {
        body.push({
          ts: `loop.call_soon(log, "w${w} callback ${s}");`,
          py: `loop.call_soon(log, "w${w} callback ${s}")`,
        });
      } else if (kind === "timeout") {
        const d = pick(next, DELAYS);
        const inside = `await asyncio.sleep(${d}); log("w${w} in time");`;
        body.push({
          ts: `try { ${
            next() < 0.5
              ? `await asyncio.async_with(asyncio.timeout(0.15), async () => { ${inside} });`
              : `await using t = asyncio.timeout(0.15); ${inside}`
          } } catch (e) { if (!(e instanceof asyncio.TimeoutError)) throw e; log("w${w} timed out"); }`,
          py: nested(
            "try:",
            "    async with asyncio.timeout(0.15):",
            `        await asyncio.sleep(${d}); log("w${w} in time")`,
            "except TimeoutError:",
            `    log("w${w} timed out")`,
          ),
        });
      } else if (kind === "put") {
        body.push({
          ts: `try { queue.put_nowait("w${w}:${s}"); log("w${w} put"); } catch (e) { if (!(e instanceof asyncio.QueueFull)) throw e; log("w${w} queue full"); }`,
          py: nested(
            "try:",
            `    queue.put_nowait("w${w}:${s}"); log("w${w} put")`,
            "except asyncio.QueueFull:",
            `    log("w${w} queue full")`,
          ),
        });
      } else if (kind === "get") {
        const d = pick(next, ["0.05", "0.25"]);
        body.push({
          ts: `try { log("w${w} got " + (await asyncio.wait_for(queue.get(), ${d}))); } catch (e) { if (!(e instanceof asyncio.TimeoutError)) throw e; log("w${w} queue empty"); }`,
          py: nested(
            "try:",
            `    log("w${w} got " + await asyncio.wait_for(queue.get(), ${d}))`,
            "except TimeoutError:",
            `    log("w${w} queue empty")`,
          ),
        });
      } else if (kind === "throw") {
        body.push({
          ts: `throw new ValueError("w${w} failed");`,
          py: `raise ValueError("w${w} failed")`,
        });
        break;
      } else if (kind === "set") {
        body.push({ ts: `current.set("${name}");`, py: `current.set("${name}")` });
      } else if (kind === "log") {
        body.push({ ts: `log("w${w} step ${s}");`, py: `log("w${w} step ${s}")` });
      } else if (kind === "group") {
        // A TaskGroup of two children; one may fail, which cancels the other.
        const [a, b] = [pick(next, DELAYS), pick(next, DELAYS)];
        const fails = next() < 0.4;
        body.push({
          ts: `try { await using tg = new asyncio.TaskGroup(); tg.create_task(child("${name}.a", ${a}, false)); tg.create_task(child("${name}.b", ${b}, ${fails})); log("${name} started its group"); } catch (e) { if (!(e instanceof ExceptionGroup)) throw e; log("${name} group failed: " + e.exceptions.length); }`,
          py: nested(
            "try:",
            "    async with asyncio.TaskGroup() as tg:",
            `        tg.create_task(child("${name}.a", ${a}, False)); tg.create_task(child("${name}.b", ${b}, ${fails ? "True" : "False"})); log("${name} started its group")`,
            "except ExceptionGroup as e:",
            `    log("${name} group failed: " + str(len(e.exceptions)))`,
          ),
        });
      } else if (kind === "guard") {
        // A user's async context manager, which may suppress what the body raises.
        const suppress = next() < 0.5;
        const d = pick(next, DELAYS);
        const raises = next() < 0.5;
        const [tsLast, pyLast] = raises
          ? [`throw new ValueError("${name} inside");`, `raise ValueError("${name} inside")`]
          : [`log("${name} body done");`, `log("${name} body done")`];
        body.push({
          ts: `try { await using g = new Guard("${name}", ${suppress}); await asyncio.sleep(${d}); ${tsLast} } catch (e) { if (!(e instanceof ValueError)) throw e; log("${name} raised through"); }`,
          py: nested(
            "try:",
            `    async with Guard("${name}", ${suppress ? "True" : "False"}):`,
            `        await asyncio.sleep(${d}); ${pyLast}`,
            "except ValueError:",
            `    log("${name} raised through")`,
          ),
        });
      } else {
        const n = Math.floor(next() * gens.length);
        const { items } = gens[n];
        if (kind === "exhaust") {
          body.push({
            ts: `for await (const x of g${n}("${name}")) log(x);`,
            py: nested(`async for x in g${n}("${name}"):`, "    log(x)"),
          });
        } else if (kind === "break" || (kind === "keep" && kept)) {
          // Closed by hand after the break: a dropped generator is finalized when CPython
          // collects it, which a runtime without reference counting cannot match.
          const last = `${name}:${Math.floor(next() * items)}`;
          body.push({
            ts: `{ const it = g${n}("${name}"); for await (const x of it) { log(x); if (x === "${last}") break; } await it.aclose(); }`,
            py: nested(
              `it = g${n}("${name}")`,
              "async for x in it:",
              "    log(x)",
              `    if x == "${last}":`,
              "        break",
              "await it.aclose()",
            ),
          });
        } else if (kind === "keep") {
          kept = true;
          body.push({
            ts: `{ const it = g${n}("${name}"); kept.push(it); for await (const x of it) { log(x); break; } }`,
            py: nested(
              `it = g${n}("${name}"); kept.append(it)`,
              "async for x in it:",
              "    log(x)",
              "    break",
            ),
          });
        } else {
          const calls = 1 + Math.floor(next() * (items + 1));
          const ts = Array.from({ length: calls }, () => `log(await anext(it, "${name} end"));`);
          const py = Array.from({ length: calls }, () => `log(await anext(it, "${name} end"))`);
          body.push({
            ts: `{ const it = g${n}("${name}"); ${ts.join(" ")} await it.aclose(); }`,
            py: `it = g${n}("${name}"); ${py.join("; ")}; await it.aclose()`,
          });
        }
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
    "const lock = new asyncio.Lock();",
    "const sem = new asyncio.Semaphore(2);",
    "const queue = new asyncio.Queue<string>(2);",
    'const current = new contextvars.ContextVar("current", { default: "main" });',
    "const kept: unknown[] = [];",
    "let loop: asyncio.BaseEventLoop;",
    "",
    "function log(what: unknown) {",
    "  print(Math.round(loop.time() * 1000), what, current.get());",
    "}",
    "",
    "async function child(name: string, delay: number, fails: boolean) {",
    "  await asyncio.sleep(delay);",
    '  if (fails) throw new ValueError(name + " failed");',
    '  log(name + " finished");',
    "}",
    "",
    "class Guard {",
    "  constructor(readonly name: string, readonly suppress: boolean) {}",
    "  async __aenter__() {",
    '    log(this.name + " enter");',
    "    await asyncio.sleep(0);",
    "  }",
    "  async __aexit__(type, value, tb) {",
    '    log(this.name + " exit " + (type === null ? "None" : type.name));',
    "    await asyncio.sleep(0);",
    "    return this.suppress;",
    "  }",
    "}",
    "",
    ...gens.flatMap((gen) => gen.ts),
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
    "sem = asyncio.Semaphore(2)",
    "queue = asyncio.Queue(2)",
    'current = contextvars.ContextVar("current", default="main")',
    "kept = []",
    "loop = None",
    "",
    "",
    "def log(what):",
    "    print(round(loop.time() * 1000), what, current.get())",
    "",
    "",
    "async def child(name, delay, fails):",
    "    await asyncio.sleep(delay)",
    "    if fails:",
    '        raise ValueError(name + " failed")',
    '    log(name + " finished")',
    "",
    "",
    "class Guard:",
    "    def __init__(self, name, suppress):",
    "        self.name = name",
    "        self.suppress = suppress",
    "",
    "    async def __aenter__(self):",
    '        log(self.name + " enter")',
    "        await asyncio.sleep(0)",
    "",
    "    async def __aexit__(self, typ, value, tb):",
    '        log(self.name + " exit " + ("None" if typ is None else typ.__name__))',
    "        await asyncio.sleep(0)",
    "        return self.suppress",
    "",
    "",
    ...gens.flatMap((gen) => gen.py),
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
