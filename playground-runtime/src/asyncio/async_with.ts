/**
 * `async_with`, the playground's spelling of Python's `async with` statement (TypeScript has
 * none): `async with cm as v: body` is `await asyncio.async_with(cm, async (v) => { body })`.
 */
import type { Awaitable, CoroutineLike } from "./coroutines.ts";
import { async_with_statement } from "./statements.ts";

function isAwaitable(value: unknown): boolean {
  return value instanceof Object && typeof (value as Partial<Awaitable>).__await__ === "function";
}

/** An asynchronous context manager: what Python's `async with` works on. */
export interface AsyncContextManager<V> {
  __aenter__(): Awaitable<V> | CoroutineLike<V>;
  __aexit__(
    excType: unknown,
    exc: unknown,
    tb: unknown,
  ): Awaitable<unknown> | CoroutineLike<unknown>;
}

/**
 * `async with cm as v: body` — written `await asyncio.async_with(cm, async (v) => { body })`.
 * Enters, runs the body in the same task, exits with the body's exception (a truthy
 * `__aexit__` result swallows it), and returns the body's value. A body with no await in it
 * may be a plain function: its return value is the value.
 */
export async function async_with<V, R>(
  cm: AsyncContextManager<V>,
  body: (value: V) => CoroutineLike<R> | Awaitable<R> | R,
): Promise<R | undefined> {
  // The statement's own steps, so both spellings look the methods up and check them alike.
  const statement = async_with_statement(cm);
  const value = (await (statement.enter() as Awaitable<V>)) as V;
  let result: R;
  try {
    const ran = body(value);
    result = isAwaitable(ran) ? ((await (ran as Awaitable<R>)) as R) : (ran as R);
  } catch (error) {
    const suppress = await (statement.exit(error) as Awaitable<unknown>);
    if (!suppress) throw error;
    return undefined;
  }
  await (statement.exit() as Awaitable<unknown>);
  return result;
}
