/**
 * Python's `inspect` module, as far as asyncio programs use it: telling coroutines, async
 * generators and awaitables apart, and the states of coroutines and async generators.
 */
import { type AsyncGenerator, isasyncgen, isasyncgenfunction } from "../asyncio/asyncgen.ts";
import { _iscoroutinefunction, Coroutine } from "../asyncio/coroutines.ts";

export { isasyncgen, isasyncgenfunction };

/** `inspect.iscoroutinefunction`: what asyncio's deprecated one answers, without its warning. */
export const iscoroutinefunction = _iscoroutinefunction;

/**
 * A coroutine object an `async function` made. The awaitables of an async generator count as
 * coroutines for asyncio (collections.abc.Coroutine) but are not of CPython's coroutine type.
 */
export function iscoroutine(value: unknown): value is Coroutine {
  return value instanceof Coroutine && value._builtin_type === null;
}

/** Whether `value` can be passed to an `await` expression. */
export function isawaitable(value: unknown): boolean {
  return (
    value instanceof Coroutine ||
    typeof (value as { __await__?: unknown } | null | undefined)?.__await__ === "function"
  );
}

export const CORO_CREATED = "CORO_CREATED";
export const CORO_RUNNING = "CORO_RUNNING";
export const CORO_SUSPENDED = "CORO_SUSPENDED";
export const CORO_CLOSED = "CORO_CLOSED";

/** A coroutine's state: CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED. */
export function getcoroutinestate(coroutine: Coroutine): string {
  return coroutine.cr_state;
}

export const AGEN_CREATED = "AGEN_CREATED";
export const AGEN_RUNNING = "AGEN_RUNNING";
export const AGEN_SUSPENDED = "AGEN_SUSPENDED";
export const AGEN_CLOSED = "AGEN_CLOSED";

/** An async generator's state, as CPython's `inspect.getasyncgenstate` reads it. */
export function getasyncgenstate(agen: AsyncGenerator): string {
  if (agen.ag_running) return AGEN_RUNNING;
  if (agen.ag_suspended) return AGEN_SUSPENDED;
  if (agen.ag_frame === null) return AGEN_CLOSED;
  return AGEN_CREATED;
}
