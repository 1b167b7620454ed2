// @ts-nocheck
import * as asyncio from "asyncio";

async function test() {
  let num = 0;

  async function foo() {
    try {
      await asyncio.sleep(5);
    } catch (e) {
      if (e instanceof asyncio.CancelledError) num += 1;
      throw e;
    }
  }

  async function runner(body_sleeps) {
    await asyncio.async_with(new asyncio.TaskGroup(), async (g) => {
      for (let i = 0; i < 5; i++) g.create_task(foo());
      if (body_sleeps) {
        try {
          await asyncio.sleep(10);
        } catch (e) {
          if (e instanceof asyncio.CancelledError) num += 10;
          throw e;
        }
      }
    });
  }

  for (const body_sleeps of [false, true]) {
    print("-- the body", body_sleeps ? "sleeps" : "ends at once");
    num = 0;
    const r = asyncio.create_task(runner(body_sleeps));
    await asyncio.sleep(0.1);
    print("done before cancel():", r.done());
    r.cancel();
    try {
      await r;
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      print("CancelledError");
    }
    print("num:", num);
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
