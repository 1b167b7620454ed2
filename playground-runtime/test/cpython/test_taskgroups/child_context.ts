// @ts-nocheck
import * as asyncio from "asyncio";

import * as contextvars from "contextvars";

async function test() {
  const cvar = new contextvars.ContextVar("cvar");

  async function coro(val) {
    await asyncio.sleep(0);
    cvar.set(val);
  }

  await asyncio.async_with(new asyncio.TaskGroup(), async (g) => {
    const ctx = contextvars.copy_context();
    print("before:", ctx.get(cvar));
    const t1 = g.create_task(coro(1), { context: ctx });
    await t1;
    print("after the first child:", ctx.get(cvar));
    const t2 = g.create_task(coro(2), { context: ctx });
    await t2;
    print("after the second child:", ctx.get(cvar));
  });
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
