/**
 * How a handle's label in our runtime's trace is spelled in CPython's trace of the twin: the
 * mapping `playground-runtime/README.md` ("The trace under CPython") writes down, and nothing
 * looser. Each rule says why the two languages spell the thing differently; each known
 * divergence says why our runtime (or a pair) differs from CPython and is listed until fixed.
 */

/** A spelling on one side, respelled as the other side (or both) have it; and why. */
interface Rule {
  from: RegExp;
  to: string;
  why: string;
}

/** Where the languages name things differently; applied to both sides. */
const LANGUAGE: Rule[] = [
  {
    from: /(?:\/lib\/python3\d+\.zip\/)?asyncio\/(\w+)\.(?:py|ts):\d+/g,
    to: "asyncio/$1",
    why: "asyncio's own modules: CPython's asyncio/NAME.py is our src/asyncio/NAME.ts, and their line numbers are their own",
  },
  {
    from: /\b([\w-]+)\.(?:py|ts):\d+/g,
    to: "$1",
    why: "the reader's file: NAME.py is the twin of NAME.ts, each with its own line numbers",
  },
  {
    from: / at 0x[0-9a-f]+/g,
    to: "",
    why: "object addresses: every process has its own",
  },
];

/** The twin harness's loop, where it stands in for CPython's own (Python side only). */
const HARNESS: Rule[] = [
  {
    from: /\bVirtualLoop\b/g,
    to: "BaseEventLoop",
    why: "the oracle's loop is a BaseEventLoop subclass named VirtualLoop (virtual time); ours is BaseEventLoop",
  },
  {
    from: /\/twin\/virtual_loop\b/g,
    to: "asyncio/base_events",
    why: "the oracle's loop overrides shutdown_default_executor to join its virtual threads on virtual time, as our BaseEventLoop's does",
  },
];

/** JavaScript's naming convention for the reader's functions (TypeScript side only). */
const CAMEL_CASE = /\b([a-z][a-z0-9]*)((?:[A-Z][a-z0-9]*)+)\b/g;
const snake = (_: string, head: string, tail: string) =>
  `${head}_${tail.replace(/(?!^)([A-Z])/g, "_$1").toLowerCase()}`;

/**
 * Known divergences of our runtime from CPython, each a runtime bug to fix (the test fails
 * once the runtime is fixed, until its entry goes): a spelling on one side, respelled as the
 * other side has it.
 */
export const RUNTIME_DIVERGENCES: (Rule & { side: "ts" | "py" })[] = [
  {
    side: "py",
    from: /\bpartial\(/g,
    to: "callback(",
    why: "_cancel_and_wait's done callback (wait_for with a zero timeout): CPython passes functools.partial(_release_waiter, waiter), the runtime an arrow named callback",
  },
  {
    side: "py",
    from: /_chain_future\.<locals>\._call_check_cancel\(\)(?: at asyncio\/\w+)?/g,
    to: "_call_check_cancel()",
    why: "_chain_future's cancel check, a nested def in both: CPython's callback repr gives its qualname and where it is defined, the runtime's gives a runtime function's name only",
  },
  {
    side: "py",
    from: /<Future state=(?:finished|running|pending|cancelled)[^>]*>/g,
    to: "<ConcurrentFuture object>",
    why: "a concurrent.futures.Future's repr: CPython's says its state and result, the runtime's only its class",
  },
  {
    side: "py",
    from: /(<(?:Future|Task) (?:finished|cancelled)\b[^\]]*?) cb=\[[^\]]*\]/g,
    to: "$1",
    why: "a done future's repr while its callbacks are being scheduled: CPython's C Future still lists the ones not yet scheduled; the runtime (like the pure-Python Future) clears the list first",
  },
  {
    side: "py",
    from: /created at asyncio\/\w+/g,
    to: "created at <program>",
    why: "debug mode's 'created at' in a future's or task's repr: CPython names the innermost frame, which is asyncio's own (sleep in tasks.py, Runner.run in runners.py); the runtime names the reader's line",
  },
];

/**
 * Pairs whose two programs differ where the languages do not force it: the pair, the
 * Python spelling respelled as the TypeScript has it, and why.
 */
export const PAIR_DIVERGENCES: (Rule & { pair: string })[] = [
  {
    pair: "content/demos/beginner/wakeup-callbacks",
    from: /\bon_timer\(\)/g,
    to: "<lambda>()",
    why: "the twin defines on_timer where the TypeScript passes an arrow inline",
  },
  {
    pair: "content/demos/expert/call-soon-call-later",
    from: /\bsecond\(\)/g,
    to: "<lambda>()",
    why: "the twin defines second where the TypeScript passes an arrow inline",
  },
];

/**
 * Pairs that use as_completed: CPython makes its tasks from `set(aws)`, in the set's hash
 * order (the coroutines' addresses), so which task starts first is an accident of memory; the
 * runtime makes them in list order. These pairs are held to the same sequence of queue shapes
 * (the event, and each queue's length) instead of the same handles.
 */
export const SET_ORDERED_TASKS = [
  "content/demos/advanced/error-strategies",
  "content/demos/advanced/gather-wait-as-completed",
  "as_completed_order",
  "as_completed_timeout",
  "async_for_as_completed",
];

/**
 * Pairs that leave several tasks pending at asyncio.run's end: its shutdown cancels the set
 * `all_tasks()` gives (`_cancel_all_tasks`), in the set's hash order, and these tasks clean up
 * differently (one sleeps, one raises), so even the queues' shapes follow memory's order.
 * They are held to the same events on the same callbacks in some order (a multiset, without
 * the arguments' reprs: the gathered results' order follows memory too).
 *
 * Likewise loop.shutdown_asyncgens closes the generators in its WeakSet's order, also memory's.
 */
export const SHUTDOWN_ORDERED_TASKS = ["content/demos/expert/run-ends", "asyncgen_shutdown"];

/**
 * The bound-method rule. JavaScript has no bound methods, so where the twin passes
 * `obj.method` (with its arguments) as a callback, the TypeScript passes an arrow that calls
 * it: a TypeScript `<lambda>(…)` stands for a CPython `method(…)` exactly when the twin's
 * source passes `.method` without calling it there.
 */
export function boundMethodMatch(ts: string, py: string, pySource: string): boolean {
  const lambda = /^<lambda>\((.*)\)$/.exec(ts);
  const method = /^(\w+)\((.*)\)$/.exec(py);
  if (lambda === null || method === null) return false;
  if (lambda[1] !== "" && lambda[1] !== method[2]) return false;
  return new RegExp(`\\.${method[1]}\\b(?!\\s*\\()`).test(pySource);
}

/** A TypeScript label in the common spelling. */
export function tsLabel(label: string): string {
  let text = common(label);
  for (const d of RUNTIME_DIVERGENCES) if (d.side === "ts") text = text.replace(d.from, d.to);
  return text.replace(CAMEL_CASE, snake);
}

/**
 * A CPython label in the common spelling, for pair `pair` whose reader's file is `program`
 * (its name without `.py`).
 */
export function pyLabel(label: string, pair: string, program: string): string {
  let text = common(label);
  for (const rule of HARNESS) text = text.replace(rule.from, rule.to);
  for (const d of RUNTIME_DIVERGENCES) {
    if (d.side === "py") text = text.replace(d.from, d.to.replace("<program>", program));
  }
  for (const d of PAIR_DIVERGENCES) if (d.pair === pair) text = text.replace(d.from, d.to);
  return text;
}

function common(label: string): string {
  let text = label;
  for (const rule of LANGUAGE) text = text.replace(rule.from, rule.to);
  return text;
}
