/**
 * Port of CPython's `asyncio/runners.py`: `asyncio.run` and `Runner`. The main coroutine
 * becomes `Task-1`; on the way out every task still pending is cancelled and awaited, then
 * the shutdown steps run as tasks of their own — so they use up `Task-N` numbers too.
 */

import { _swap_thread_context, type Context, copy_context } from "./context.ts";
import {
  _reset_coroutines,
  type Awaitable,
  type Coroutine,
  type CoroutineLike,
  iscoroutine,
} from "./coroutines.ts";
import type { AbstractEventLoop } from "./events.ts";
import { _get_running_loop, _reset_events, new_event_loop, set_event_loop } from "./events.ts";
import { RuntimeError } from "./exceptions.ts";
import { _reset_futures } from "./futures.ts";
import { _reset_tasks, all_tasks, gather, type Task } from "./tasks.ts";
import { _reset_warnings } from "./warnings.ts";

/** How long shutdown waits for the default executor (CPython's THREAD_JOIN_TIMEOUT). */
const THREAD_JOIN_TIMEOUT = 300;

/** `Runner(debug=…, loop_factory=…)` and `asyncio.run(main, debug=…, loop_factory=…)`. */
export interface RunnerOptions {
  debug?: boolean | null;
  loop_factory?: (() => AbstractEventLoop) | null;
}

function _cancel_all_tasks(loop: AbstractEventLoop): void {
  const toCancel = all_tasks(loop);
  if (toCancel.size === 0) return;
  for (const task of toCancel) task.cancel();
  loop.run_until_complete(gather(...toCancel, { return_exceptions: true }));
  for (const task of toCancel) {
    if (task.cancelled()) continue;
    const exception = task.exception();
    if (exception !== null) {
      loop.call_exception_handler({
        message: "unhandled exception during asyncio.run() shutdown",
        exception,
        task,
      });
    }
  }
}

/** Runs coroutines on one loop, and closes it properly (a context manager in Python). */
export class Runner {
  /** Types only: TypeScript accepts `using` of it; the compiler makes that Python's `with`. */
  declare [Symbol.dispose]: () => void;
  private _state: "created" | "initialized" | "closed" = "created";
  private readonly _debug: boolean | null;
  private readonly _loop_factory: (() => AbstractEventLoop) | null;
  private _loop: AbstractEventLoop | null = null;
  private _set_event_loop = false;
  /** The context `run` runs its coroutines in: a copy of the one the runner started in. */
  private _context: Context | null = null;

  constructor({ debug = null, loop_factory = null }: RunnerOptions = {}) {
    this._debug = debug;
    this._loop_factory = loop_factory;
  }

  /** `with Runner() as runner:` — entering initialises the loop. */
  __enter__(): this {
    this._lazy_init();
    return this;
  }

  /** Leaving the `with` block closes the runner. */
  __exit__(_excType: unknown, _exc: unknown, _tb: unknown): void {
    this.close();
  }

  /** Cancels what is left, runs the shutdown steps and closes the loop. */
  close(): void {
    if (this._state !== "initialized") return;
    const loop = this._loop!;
    try {
      _cancel_all_tasks(loop);
      loop.run_until_complete(loop.shutdown_asyncgens());
      loop.run_until_complete(loop.shutdown_default_executor(THREAD_JOIN_TIMEOUT));
    } finally {
      if (this._set_event_loop) set_event_loop(null);
      loop.close();
      this._loop = null;
      this._state = "closed";
    }
  }

  /** The runner's loop (created on first use). */
  get_loop(): AbstractEventLoop {
    this._lazy_init();
    return this._loop!;
  }

  /**
   * Runs a coroutine to completion as a Task on the runner's loop, in `context` (default: the
   * runner's own); returns its result.
   */
  run<T>(
    coro: CoroutineLike<T> | Awaitable<T>,
    { context = null }: { context?: Context | null } = {},
  ): T {
    if (_get_running_loop() !== null) {
      throw new RuntimeError("Runner.run() cannot be called from a running event loop");
    }
    this._lazy_init();
    let main: Coroutine<T>;
    if (iscoroutine(coro)) main = coro as Coroutine<T>;
    else if (typeof (coro as Awaitable<T> | null)?.__await__ === "function") {
      async function _wrap_awaitable(awaitable: Awaitable<T>): Promise<T> {
        return (await awaitable) as T;
      }
      main = _wrap_awaitable(coro as Awaitable<T>) as Coroutine<T>;
    } else {
      throw new TypeError("An asyncio.Future, a coroutine or an awaitable is required");
    }
    const task: Task<T> = this._loop!.create_task(main, { context: context ?? this._context });
    return this._loop!.run_until_complete(task);
  }

  private _lazy_init(): void {
    if (this._state === "closed") throw new RuntimeError("Runner is closed");
    if (this._state === "initialized") return;
    if (this._loop_factory === null) {
      this._loop = new_event_loop();
      if (!this._set_event_loop) {
        set_event_loop(this._loop);
        this._set_event_loop = true;
      }
    } else {
      this._loop = this._loop_factory();
    }
    if (this._debug !== null) this._loop.set_debug(this._debug);
    this._context = copy_context();
    this._state = "initialized";
  }
}

/**
 * A fresh runtime, as a new interpreter would have: task names from Task-1 again, no running
 * or current loop, no coroutine or future waiting to be reported. Tests and the executor call
 * it before each program.
 */
export function reset_runtime(): void {
  _reset_tasks();
  _reset_coroutines();
  _reset_events();
  _reset_futures();
  _reset_warnings();
  _swap_thread_context(null);
}

/** Runs the coroutine `main` on a new loop and returns its result (`asyncio.run`). */
export function run<T>(main: CoroutineLike<T> | Awaitable<T>, options: RunnerOptions = {}): T {
  if (_get_running_loop() !== null) {
    // As CPython: `main` is left unstarted, so it is also reported as never awaited.
    throw new RuntimeError("asyncio.run() cannot be called from a running event loop");
  }
  const runner = new Runner(options);
  try {
    return runner.run(main);
  } finally {
    runner.close();
  }
}
