// compare: stderr without source
// @ts-nocheck
// The deprecated throw(type, value[, traceback]) on a coroutine, driven by hand from a task:
// CPython warns for the line that calls it (once, however often it runs), and makes the
// exception from the type and the value: an instance of the type as it is, anything else as
// the type's argument, None as no argument.
import * as asyncio from "asyncio";
class Bare {
  *__await__() {
    yield "suspended";
  }
}

async function f() {
  try {
    await new Bare();
  } catch (error) {
    if (!(error instanceof ValueError)) throw error;
    print("caught", repr(error));
    return 5;
  }
}
async function main() {
  for (const value of [new ValueError("v"), "w", null]) {
    const coro = f();
    coro.send(null);
    try {
      coro.throw(ValueError, value, null);
    } catch (stop) {
      if (!(stop instanceof StopIteration)) throw stop;
      print("returned", stop.value);
    }
  }
  const coro = f();
  coro.send(null);
  try {
    coro.throw(new ValueError("v"), "w");
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    print("TypeError:", error.message);
  }
  coro.close();
  await asyncio.sleep(0);
}

asyncio.run(main());
