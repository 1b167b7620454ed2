/**
 * Port of CPython 3.14's `asyncio/graph.py`: the async call graph of a task — the chain of
 * coroutines it is suspended in, innermost first, and the tasks awaiting it.
 *
 * Python builds the graph from interpreter frames; here a frame is what a coroutine of this
 * runtime records (its file, qualified name and the line of the `await` it is at), so a
 * graph shows the demo's own `file:line`s and, for the runtime's coroutines (`Event.wait`,
 * `TaskGroup._aexit`…), lines of this package's sources.
 *
 * One difference remains: a coroutine knows its line only at each `await`, so the frame of
 * the coroutine that is *running* (the one calling `print_call_graph()`) shows the line of
 * its latest `await` (its `async function` line before the first), where Python shows the
 * line of the call itself. Suspended frames are exact.
 */

import { Coroutine } from "./coroutines.ts";
import { _get_running_loop } from "./events.ts";
import { RuntimeError } from "./exceptions.ts";
import { Future } from "./futures.ts";
import { id, repr, str, write_stderr, write_stdout } from "./print.ts";
import { current_task, Task } from "./tasks.ts";

const FILE = "asyncio/graph.ts";

/** What a call-graph entry knows of a frame (a subset of Python's frame object). */
export interface CallGraphFrame {
  /** The source file. */
  readonly filename: string;
  /** The function's qualified name (`Lock.acquire`, `main`). */
  readonly qualname: string;
  /** The line the frame is at. */
  readonly lineno: number;
  /** Whether the frame belongs to a coroutine (`async`) rather than a plain function. */
  readonly is_async: boolean;
}

/** One frame of a call stack in a `FutureCallGraph`; `frame` is `null` for a finished coroutine. */
export class FrameCallGraphEntry {
  /** The frame. */
  readonly frame: CallGraphFrame | null;

  /** An entry for `frame`. */
  constructor(frame: CallGraphFrame | null) {
    this.frame = frame;
    Object.freeze(this);
  }

  /** A template literal shows what an f-string shows: Python's `str()`. */
  toString(): string {
    return str(this);
  }

  /** `FrameCallGraphEntry(frame=…)` */
  __repr__(): string {
    return `FrameCallGraphEntry(frame=${this.frame === null ? "None" : frameRepr(this.frame)})`;
  }
}

/**
 * The call graph of a future: its own call stack (innermost frame first) and the graphs of
 * the futures awaiting it.
 */
export class FutureCallGraph {
  /** The future or task. */
  readonly future: Future;
  /** Its frames, innermost first. */
  readonly call_stack: readonly FrameCallGraphEntry[];
  /** The graphs of the futures awaiting it. */
  readonly awaited_by: readonly FutureCallGraph[];

  /** A graph node. */
  constructor(
    future: Future,
    call_stack: readonly FrameCallGraphEntry[],
    awaited_by: readonly FutureCallGraph[],
  ) {
    this.future = future;
    this.call_stack = Object.freeze([...call_stack]);
    this.awaited_by = Object.freeze([...awaited_by]);
    Object.freeze(this);
  }

  /** A template literal shows what an f-string shows: Python's `str()`. */
  toString(): string {
    return str(this);
  }

  /** `FutureCallGraph(future=…, call_stack=(…), awaited_by=(…))` */
  __repr__(): string {
    const tuple = (items: readonly unknown[]) =>
      items.length === 1 ? `(${repr(items[0])},)` : `(${items.map((x) => repr(x)).join(", ")})`;
    return `FutureCallGraph(future=${repr(this.future)}, call_stack=${tuple(this.call_stack)}, awaited_by=${tuple(this.awaited_by)})`;
  }
}

/** Python's repr of a frame object. */
function frameRepr(f: CallGraphFrame): string {
  return `<frame at 0x${id(f).toString(16)}, file ${repr(f.filename)}, line ${f.lineno}, code ${f.qualname.split(".").pop()}>`;
}

/** The frame a suspended or running coroutine is at, `null` once it finished. */
function coroutineFrame(coro: Coroutine<unknown>): CallGraphFrame | null {
  if (coro.cr_frame === null) return null;
  return {
    filename: coro.cr_code.co_filename,
    qualname: coro.cr_code.co_qualname,
    lineno: coro.cr_frame.f_lineno,
    is_async: true,
  };
}

/**
 * Whether `coro` is the coroutine of `async_with`, the runtime's spelling of Python's
 * `async with` statement, which is syntax in Python and owns no frame there.
 */
function isAsyncWith(coro: Coroutine<unknown>): boolean {
  return (
    coro.cr_code.co_qualname === "async_with" && coro.cr_code.co_filename.endsWith("async_with.ts")
  );
}

/**
 * The frames of a coroutine and of the coroutines it awaits, outermost first, as Python would
 * have them: an `async_with` frame is dropped, and the body it runs is folded into the
 * enclosing frame (in Python the body is part of that function), which takes the body's line.
 */
function coroutineChain(coro: unknown): (CallGraphFrame | null)[] {
  const frames: (CallGraphFrame | null)[] = [];
  while (coro instanceof Coroutine) {
    if (isAsyncWith(coro)) {
      const inner = coro.cr_await;
      const enclosing = frames[frames.length - 1];
      const q = inner instanceof Coroutine ? inner.cr_code.co_qualname : "";
      if (inner instanceof Coroutine && !/\.__a(enter|exit)__$/.test(q)) {
        // Suspended in the body: the enclosing function is at the body's line.
        const body = coroutineFrame(inner);
        if (enclosing && body) frames[frames.length - 1] = { ...enclosing, lineno: body.lineno };
        coro = inner.cr_await;
        continue;
      }
      coro = inner;
      continue;
    }
    frames.push(coroutineFrame(coro));
    coro = coro.cr_await;
  }
  return frames;
}

/** Options of `capture_call_graph`, `format_call_graph` and `print_call_graph`. */
export interface CallGraphOptions {
  /** Frames to skip from the top when graphing the current task (default 1). */
  depth?: number;
  /** Keep at most `|limit|` frames per stack (see `capture_call_graph`); `0` keeps none. */
  limit?: number | null;
}

/** Applies `limit` to a stack listed outermost first. */
function limited<T>(stack: T[], limit: number | null): T[] {
  if (limit === null) return stack;
  if (limit > 0) return stack.slice(0, limit);
  if (limit < 0) return stack.slice(limit);
  return stack;
}

/** The graph of a future that is not running: follow its coroutine's `cr_await` chain. */
function _build_graph_for_future(future: unknown, limit: number | null): FutureCallGraph {
  if (!(future instanceof Future)) {
    throw new TypeError(
      `${repr(future)} object does not appear to be compatible with asyncio.Future`,
    );
  }
  const coro = future instanceof Task && limit !== 0 ? future.get_coro() : null;
  const st = coroutineChain(coro).map((f) => new FrameCallGraphEntry(f));
  const awaited_by = [...(future._asyncio_awaited_by ?? [])].map((parent) =>
    _build_graph_for_future(parent, limit),
  );
  return new FutureCallGraph(future, limited(st, limit).reverse(), awaited_by);
}

/**
 * The line it is written on, filled in as the module is compiled (see `compiler/runtime.ts`),
 * so this module's frames name their real lines.
 */
declare const __LINE__: number;

/** The frame of one of this module's own functions, as Python would see it on the stack. */
function apiFrame(qualname: string, lineno: number): CallGraphFrame {
  return { filename: FILE, qualname, lineno, is_async: false };
}

/**
 * The call graph of `future`, or of the current task when `future` is omitted (then `null`
 * if no task runs). With `limit`, each stack keeps at most `|limit|` frames: the ones nearest
 * the point of capture when positive, the outermost when negative; `0` keeps only
 * "awaited by". `depth` skips that many frames from the top of the current task's stack.
 */
export function capture_call_graph(
  future: Future | null = null,
  { depth = 1, limit = null }: CallGraphOptions = {},
): FutureCallGraph | null {
  return capture(future, depth, limit, []);
}

/**
 * `capture_call_graph` as called through `format_call_graph`/`print_call_graph`, whose
 * frames (innermost first) sit between this function and the caller, as on Python's stack.
 */
function capture(
  future: Future | null,
  depth: number,
  limit: number | null,
  callers: CallGraphFrame[],
): FutureCallGraph | null {
  const loop = _get_running_loop();
  if (future !== null) {
    if (loop === null || future !== current_task(loop))
      return _build_graph_for_future(future, limit);
  } else {
    if (loop === null) {
      throw new RuntimeError(
        "capture_call_graph() is called outside of a running event loop and no *future* to introspect was provided",
      );
    }
    future = current_task(loop);
  }
  if (future === null) return null;
  if (!(future instanceof Future)) {
    throw new TypeError(
      `${repr(future)} object does not appear to be compatible with asyncio.Future`,
    );
  }
  let call_stack: FrameCallGraphEntry[] = [];
  if (limit !== 0) {
    // Python walks the interpreter stack from `depth` frames up: this function, the graph
    // functions that called it, then the task's coroutines from the running one outwards.
    const frames = [apiFrame("capture_call_graph", __LINE__), ...callers];
    const chain = coroutineChain(future instanceof Task ? future.get_coro() : null);
    for (const f of chain.reverse()) if (f !== null) frames.push(f);
    call_stack = frames.slice(depth).map((f) => new FrameCallGraphEntry(f));
  }
  const awaited_by = [...(future._asyncio_awaited_by ?? [])].map((parent) =>
    _build_graph_for_future(parent, limit),
  );
  if (limit !== null) call_stack = limited(call_stack, -limit);
  return new FutureCallGraph(future, call_stack, awaited_by);
}

/** Renders one graph node and, indented, the nodes awaiting it. */
function render_level(st: FutureCallGraph, buf: string[], level: number): void {
  const add_line = (line: string) => buf.push("    ".repeat(level) + line);
  const fid = `0x${id(st.future).toString(16)}`;
  if (st.future instanceof Task) add_line(`* Task(name=${repr(st.future.get_name())}, id=${fid})`);
  else add_line(`* Future(id=${fid})`);
  if (st.call_stack.length) {
    add_line("  + Call stack:");
    for (const { frame: f } of st.call_stack) {
      if (f === null) continue;
      const tag = f.is_async ? "async " : "";
      add_line(`  |   File ${repr(f.filename)}, line ${f.lineno}, in ${tag}${f.qualname}()`);
    }
  }
  if (st.awaited_by.length) {
    add_line("  + Awaited by:");
    for (const fut of st.awaited_by) render_level(fut, buf, level + 1);
  }
}

/** The call graph of `future` (default: the current task) as text; `""` if there is none. */
export function format_call_graph(
  future: Future | null = null,
  { depth = 1, limit = null }: CallGraphOptions = {},
): string {
  return formatGraph(future, depth, limit, [apiFrame("format_call_graph", __LINE__)]);
}

/** `format_call_graph` with the frames of the graph functions that called it. */
function formatGraph(
  future: Future | null,
  depth: number,
  limit: number | null,
  callers: CallGraphFrame[],
): string {
  const graph = capture(future, depth + 1, limit, callers);
  if (graph === null) return "";
  const buf: string[] = [];
  render_level(graph, buf, 0);
  return buf.join("\n");
}

/**
 * Prints the call graph of `future` (default: the current task), to stdout or, with
 * `{ file: "stderr" }`, to stderr.
 */
export function print_call_graph(
  future: Future | null = null,
  {
    depth = 1,
    limit = null,
    file = "stdout",
  }: CallGraphOptions & { file?: "stdout" | "stderr" } = {},
): void {
  const text = formatGraph(future, depth, limit, [
    apiFrame("format_call_graph", __LINE__),
    apiFrame("print_call_graph", __LINE__),
  ]);
  (file === "stderr" ? write_stderr : write_stdout)(`${text}\n`);
}
