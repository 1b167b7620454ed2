// @ts-nocheck
import * as asyncio from "asyncio";

class MyBaseExc extends BaseException {}

function error_types(eg) {
  return [...new Set(eg.exceptions.map((exc) => exc.constructor.name))].sort();
}

async function test() {
  async function crash_soon() {
    await asyncio.sleep(0.1);
    throw new MyBaseExc();
  }

  async function nested() {
    try {
      await asyncio.sleep(10);
    } finally {
      // biome-ignore lint/correctness/noUnsafeFinally: the error replaces the cancellation, as Python's finally does
      throw new TypeError();
    }
  }

  async function runner() {
    await asyncio.async_with(new asyncio.TaskGroup(), async (g) => {
      g.create_task(crash_soon());
      await nested();
    });
  }

  try {
    await runner();
  } catch (eg) {
    if (!(eg instanceof BaseExceptionGroup)) throw eg;
    print(eg.constructor.name, "of", error_types(eg));
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
