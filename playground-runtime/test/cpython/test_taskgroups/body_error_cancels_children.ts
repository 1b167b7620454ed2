// @ts-nocheck
import * as asyncio from "asyncio";

class ZeroDivisionError extends Error {}

function error_types(eg) {
  return [...new Set(eg.exceptions.map((exc) => exc.constructor.name))].sort();
}

async function test() {
  let t1 = null;
  let t2 = null;

  async function foo1() {
    await asyncio.sleep(1);
    return 42;
  }

  async function foo2() {
    await asyncio.sleep(2);
    return 11;
  }

  async function runner(sleep_first) {
    await asyncio.async_with(new asyncio.TaskGroup(), async (g) => {
      t1 = g.create_task(foo1());
      t2 = g.create_task(foo2());
      if (sleep_first) await asyncio.sleep(0.1);
      throw new ZeroDivisionError("division by zero");
    });
  }

  for (const sleep_first of [true, false]) {
    print("-- the body fails", sleep_first ? "after a sleep" : "at once");
    t1 = t2 = null;
    try {
      await runner(sleep_first);
      print("no ExceptionGroup");
    } catch (eg) {
      if (!(eg instanceof ExceptionGroup)) throw eg;
      print("ExceptionGroup of", error_types(eg));
    }
    print("children cancelled:", t1.cancelled(), t2.cancelled());
  }
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
