// @ts-nocheck
import * as asyncio from "asyncio";

/** Python's `except* kind:` where every error of the group is one: the group, else rethrown. */
function only(kind, eg) {
  if (eg instanceof ExceptionGroup && eg.exceptions.every((e) => e instanceof kind)) return eg;
  throw eg;
}

async function test() {
  async function raise_after(t, e) {
    await asyncio.sleep(t);
    throw new e();
  }

  print("-- one group");
  try {
    await asyncio.async_with(new asyncio.TaskGroup(), async (tg) => {
      tg.create_task(raise_after(0.0, RuntimeError));
    });
  } catch (eg) {
    only(RuntimeError, eg);
    print("caught RuntimeError");
  }
  print("cancelling():", asyncio.current_task().cancelling());

  print("-- nested, both cancelling the task");
  try {
    await asyncio.async_with(new asyncio.TaskGroup(), async (outer_tg) => {
      try {
        await asyncio.async_with(new asyncio.TaskGroup(), async (inner_tg) => {
          inner_tg.create_task(raise_after(0, RuntimeError));
          outer_tg.create_task(raise_after(0, ValueError));
        });
        print("RuntimeError not raised");
      } catch (eg) {
        only(RuntimeError, eg);
        print("caught RuntimeError");
      }
      print("cancelling() between the groups:", asyncio.current_task().cancelling());
    });
    print("ValueError not raised");
  } catch (eg) {
    only(ValueError, eg);
    print("caught ValueError");
  }
  print("cancelling():", asyncio.current_task().cancelling());
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
