import * as asyncio from "asyncio";

async function answer() {
  await asyncio.sleep(1);
  return 42;
}

/** Not a coroutine, Future or Task: just an object with __await__ (a "custom awaitable"). */
class Later {
  seconds: number;
  constructor(seconds: number) {
    this.seconds = seconds;
  }
  __await__() {
    return asyncio.sleep(this.seconds, `later(${this.seconds})`).__await__();
  }
}

async function main() {
  const loop = asyncio.get_running_loop();

  const coro = answer();
  print("1. coroutine:", asyncio.iscoroutine(coro), "->", await coro);

  const task = asyncio.create_task(answer());
  print("2. task:", asyncio.isfuture(task), "->", await task);

  const fut = loop.create_future<string>();
  loop.call_soon(() => fut.set_result("set by a callback"));
  print("3. future:", asyncio.isfuture(fut), "->", await fut);

  print("4. custom:", await new Later(1));
  print("all at", Math.round(loop.time()), "s");
}

asyncio.run(main());
