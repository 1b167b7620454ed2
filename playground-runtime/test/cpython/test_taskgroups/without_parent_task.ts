// @ts-nocheck
import * as asyncio from "asyncio";

// compare: stderr
/** Drives coro from a plain callback, where no task is current. */
async function await_without_task(coro) {
  let exc = null;

  function func() {
    try {
      for (const _ of coro.__await__()) {
      }
    } catch (err) {
      exc = err;
    }
  }

  asyncio.get_running_loop().call_soon(func);
  await asyncio.sleep(0);
  if (exc !== null) throw exc;
}

async function test() {
  const tg = new asyncio.TaskGroup();
  try {
    await await_without_task(tg.__aenter__());
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    print("RuntimeError:", e);
  }
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
