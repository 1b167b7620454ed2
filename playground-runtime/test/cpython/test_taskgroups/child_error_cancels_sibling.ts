// @ts-nocheck
import * as asyncio from "asyncio";

class ZeroDivisionError extends Error {}

function error_types(eg) {
  return [...new Set(eg.exceptions.map((exc) => exc.constructor.name))].sort();
}

async function test() {
  let num = 0;
  let t2_cancel = false;
  let t2 = null;

  async function foo1() {
    await asyncio.sleep(0.1);
    throw new ZeroDivisionError("division by zero");
  }

  async function foo2() {
    try {
      await asyncio.sleep(1);
    } catch (e) {
      if (e instanceof asyncio.CancelledError) t2_cancel = true;
      throw e;
    }
    num += 1;
  }

  async function runner() {
    await asyncio.async_with(new asyncio.TaskGroup(), async (g) => {
      g.create_task(foo1());
      t2 = g.create_task(foo2());
    });
    num += 10;
  }

  try {
    await asyncio.create_task(runner());
  } catch (eg) {
    if (!(eg instanceof ExceptionGroup)) throw eg;
    print("ExceptionGroup of", error_types(eg));
  }
  print("num:", num, "t2 saw the cancel:", t2_cancel, "t2 cancelled:", t2.cancelled());
}

function eager_loop() {
  const loop = asyncio.new_event_loop();
  loop.set_task_factory(asyncio.eager_task_factory);
  return loop;
}

for (const factory of [asyncio.new_event_loop, eager_loop]) {
  print(factory === asyncio.new_event_loop ? "== tasks" : "== eager tasks");
  const runner = new asyncio.Runner({ loop_factory: factory });
  try {
    runner.run(test());
  } finally {
    runner.close();
  }
}
