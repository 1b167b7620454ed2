// @ts-nocheck
import * as asyncio from "asyncio";

async function answer() {
  return 42;
}

// Driving a coroutine by hand: its return value travels in StopIteration.
const coro = answer();
try {
  coro.send(null);
} catch (stop) {
  if (!(stop instanceof StopIteration)) throw stop;
  print("StopIteration carried", stop.value);
}

class Exhausted extends StopIteration {}

async function main() {
  const loop = asyncio.get_running_loop();
  for (const error of [new StopIteration(), new Exhausted("no more")]) {
    const fut = loop.create_future();
    // A future refuses StopIteration: it would end the generator awaiting it.
    fut.set_exception(error);
    const exc = fut.exception();
    print(exc.constructor.name, "-", exc);
    print("  caused by", exc.cause.constructor.name, exc.cause instanceof StopIteration);
  }
}

asyncio.run(main());
