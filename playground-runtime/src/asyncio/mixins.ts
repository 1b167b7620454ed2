/**
 * Port of CPython's `asyncio/mixins.py`: the loop binding shared by the synchronisation
 * primitives and queues.
 *
 * A primitive is created without a loop and adopts the running loop the first time one of its
 * methods needs a future; from then on it refuses to be used from any other loop.
 */

import type { AbstractEventLoop } from "./events.ts";
import { _get_running_loop } from "./events.ts";
import { RuntimeError } from "./exceptions.ts";
import { repr, str } from "./print.ts";

/** Binds an object to the first running loop that uses it (CPython's `_LoopBoundMixin`). */
export class _LoopBoundMixin {
  /** The loop this object is bound to, or `null` before first use. */
  _loop: AbstractEventLoop | null = null;

  /** A template literal shows what an f-string shows: Python's `str()`. */
  toString(): string {
    return str(this);
  }

  /** The running loop, binding to it on first use; `RuntimeError` if it is another loop. */
  _get_loop(): AbstractEventLoop {
    const loop = _get_running_loop();
    // Only reachable from a coroutine, so a loop runs (CPython would fail on None later).
    if (loop === null) throw new RuntimeError("no running event loop");
    // The playground has a single thread, so CPython's global lock around this is not needed.
    if (this._loop === null) this._loop = loop;
    if (loop !== this._loop) {
      throw new RuntimeError(`${repr(this)} is bound to a different event loop`);
    }
    return loop;
  }
}
