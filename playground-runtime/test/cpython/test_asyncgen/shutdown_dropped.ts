// @ts-nocheck
// A generator a loop broke out of and nobody holds: CPython finalizes it when it is dropped,
// and its failing finally reaches the exception handler from asyncio.run()'s shutdown.
import * as asyncio from "asyncio";

const messages = [];

async function* failsOnClose() {
  try {
    yield 1;
    yield 2;
  } finally {
    throw new ValueError("in finally");
  }
}

async function main() {
  asyncio.get_running_loop().set_exception_handler((loop, context) => messages.push(context));
  for await (const _ of failsOnClose()) break;
}

asyncio.run(main());
for (const context of messages) print(context.message, repr(context.exception));
