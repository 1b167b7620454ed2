// @ts-nocheck
import * as asyncio from "asyncio";

async function test() {
  const event = new asyncio.Event();

  async function raise_error() {
    event.set();
    await asyncio.sleep(0);
    throw new RuntimeError();
  }

  async function inner() {
    try {
      await asyncio.async_with(new asyncio.TaskGroup(), async (tg) => {
        tg.create_task(raise_error());
        await asyncio.sleep(1);
        print("the sleep in the group was not cancelled");
      });
    } catch (eg) {
      if (!(eg instanceof ExceptionGroup && eg.exceptions.every((e) => e instanceof RuntimeError)))
        throw eg;
      print("in except*, cancelling():", asyncio.current_task().cancelling());
    }
    print("after the group, cancelling():", asyncio.current_task().cancelling());
    await asyncio.sleep(1);
    print("the sleep after the group was not cancelled");
  }

  async function outer() {
    const t = asyncio.create_task(inner());
    await event.wait();
    print("before cancel(), cancelling():", t.cancelling());
    t.cancel();
    print("after cancel(), cancelling():", t.cancelling());
    try {
      await t;
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      print("CancelledError");
    }
    print("cancelled:", t.cancelled());
  }

  await outer();
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
