/**
 * Python's `contextvars` module. As `Lib/contextvars.py` re-exports the C module
 * `_contextvars`, this re-exports the port of it, which sits with the asyncio modules that use it.
 */
export { Context, ContextVar, copy_context, Token } from "../asyncio/context.ts";
