// @ts-nocheck
// anext() with and without a default over an async generator and over a class with
// __aiter__/__anext__, run on a loop; then its awaitable stepped and thrown into by hand.
import * as asyncio from "asyncio";

async function* oneTwo() {
  yield 1;
  yield 2;
}

class OneTwo {
  constructor() {
    this.yielded = 0;
  }

  __aiter__() {
    return this;
  }

  async __anext__() {
    if (this.yielded >= 2) throw new StopAsyncIteration();
    this.yielded += 1;
    return this.yielded;
  }
}

function check(label, make) {
  print("--", label);
  const loop = asyncio.new_event_loop();
  const g = make();

  async function consume() {
    return [await anext(g), await anext(g), await anext(g, "buckle my shoe")];
  }

  print("consumed:", loop.run_until_complete(consume()));
  try {
    loop.run_until_complete(consume());
  } catch (error) {
    if (!(error instanceof StopAsyncIteration)) throw error;
    print("again:", repr(error));
  }

  async function bothForms() {
    const g1 = make();
    print(await anext(g1), await anext(g1));
    for (let i = 0; i < 2; i++) {
      try {
        await anext(g1);
      } catch (error) {
        if (!(error instanceof StopAsyncIteration)) throw error;
        print("StopAsyncIteration");
      }
    }
    const g2 = make();
    const got = [];
    for (let i = 0; i < 4; i++) got.push(await anext(g2, "default"));
    print(got);
    return "completed";
  }

  print(loop.run_until_complete(bothForms()));

  const step = anext(make(), "completed").__await__();
  try {
    step.send(null);
  } catch (stop) {
    if (!(stop instanceof StopIteration)) throw stop;
    print("send gives StopIteration:", stop.value);
  }
  step.close();

  async function thrown() {
    const awaitable = anext(make(), "completed");
    try {
      awaitable.throw(new SyntaxError("thrown in"));
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      print("throw raises it back:", repr(error));
    }
    return "completed";
  }

  print(loop.run_until_complete(thrown()));
  loop.close();
}

check("async generator", oneTwo);
check("class", () => new OneTwo());
