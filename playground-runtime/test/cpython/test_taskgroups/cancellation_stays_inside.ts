// @ts-nocheck
import * as asyncio from "asyncio";

async function test() {
  class MyError extends Error {}

  async function throw_error() {
    throw new MyError();
  }

  try {
    await asyncio.async_with(new asyncio.TaskGroup(), async (tg) => {
      tg.create_task(throw_error());
    });
    print("no MyError");
  } catch (eg) {
    if (!(eg instanceof ExceptionGroup && eg.exceptions.every((e) => e instanceof MyError)))
      throw eg;
    print("caught MyError");
  }
  // Were the group's cancellation of this task left over, this sleep would raise it.
  await asyncio.sleep(0);
  print("not cancelled after the group; cancelling():", asyncio.current_task().cancelling());
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
