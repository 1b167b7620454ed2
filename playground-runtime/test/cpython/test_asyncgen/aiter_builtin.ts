// @ts-nocheck
// aiter() over an async generator, over a class whose __aiter__ is an async generator,
// applied twice; and aiter()/anext() given the wrong arguments.
import * as asyncio from "asyncio";

async function* oneTwo() {
  yield 1;
  yield 2;
}

class Gen {
  async *__aiter__() {
    yield 1;
    yield 2;
  }
}

async function main() {
  const all = [];
  for await (const i of aiter(oneTwo())) all.push(i);
  print("async for over aiter:", all);
  const got = [];
  const it = aiter(new Gen());
  while (true) {
    try {
      got.push(await anext(it));
    } catch (error) {
      if (!(error instanceof StopAsyncIteration)) throw error;
      break;
    }
  }
  print("a class whose __aiter__ is an async generator:", got);
  const once = aiter(oneTwo());
  print("aiter of an aiter is itself:", aiter(once) === once);
  for (const [label, call] of [
    ["anext()", () => anext()],
    ["anext(g, 1, 3)", () => anext(oneTwo(), 1, 3)],
    ["anext(1, g)", () => anext(1, oneTwo())],
    ["aiter()", () => aiter()],
    ["aiter(g, 1)", () => aiter(oneTwo(), 1)],
    ["aiter(1)", () => aiter(1)],
  ]) {
    try {
      await call();
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      print(label, "raised TypeError");
    }
  }
}

asyncio.run(main());
