// @ts-nocheck
import * as asyncio from "asyncio";

// compare: stderr
async function test() {
  print("-- entered while entered");
  let tg = new asyncio.TaskGroup();
  await asyncio.async_with(tg, async () => {
    try {
      await asyncio.async_with(tg, async () => {});
    } catch (e) {
      if (!(e instanceof RuntimeError)) throw e;
      print("RuntimeError:", e);
    }
  });

  print("-- entered twice");
  tg = new asyncio.TaskGroup();
  await asyncio.async_with(tg, async () => {});
  try {
    await asyncio.async_with(tg, async () => {});
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    print("RuntimeError:", e);
  }

  print("-- create_task once finished (the coroutine is closed, nothing warns)");
  tg = new asyncio.TaskGroup();
  await asyncio.async_with(tg, async () => {});
  try {
    tg.create_task(asyncio.sleep(0));
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    print("RuntimeError:", e);
  }

  print("-- create_task never entered");
  tg = new asyncio.TaskGroup();
  try {
    tg.create_task(asyncio.sleep(0));
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    print("RuntimeError:", e);
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
