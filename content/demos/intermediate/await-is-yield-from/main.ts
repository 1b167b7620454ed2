import * as asyncio from "asyncio";

// Python 3.5 and later: async def and await
async function get(fut: asyncio.Future<string>) {
  return await fut;
}

// Python 3.4's spelling, still what __await__ is made of: a generator delegating with yield from
class Get {
  fut: asyncio.Future<string>;
  constructor(fut: asyncio.Future<string>) {
    this.fut = fut;
  }
  *__await__() {
    return yield* this.fut.__await__();
  }
}

function* numbers() {
  yield 1;
  yield 2;
}

function* delegate(iterable: Iterable<number>) {
  return yield* iterable;
}

async function main() {
  const loop = asyncio.get_running_loop();
  const a = loop.create_future<string>();
  const b = loop.create_future<string>();
  loop.call_later(1, () => a.set_result("A"));
  loop.call_later(2, () => b.set_result("B"));
  print("await:", await get(a), "at", Math.round(loop.time()), "s");
  print("yield from:", await new Get(b), "at", Math.round(loop.time()), "s");

  for (const thing of [numbers(), [1, 2]]) {
    try {
      await thing;
    } catch (error) {
      print("await refuses it:", error);
    }
  }
  print("yield from takes either:", [...delegate(numbers())], [...delegate([1, 2])]);
}

asyncio.run(main());
