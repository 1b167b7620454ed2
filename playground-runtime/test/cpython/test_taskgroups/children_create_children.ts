// @ts-nocheck
import * as asyncio from "asyncio";

class ZeroDivisionError extends Error {}

function error_types(eg) {
  return [...new Set(eg.exceptions.map((exc) => exc.constructor.name))].sort();
}

async function test() {
  async function root(g) {
    await asyncio.sleep(0.1);
    g.create_task(coro1(0.1));
    g.create_task(coro1(0.2));
  }

  async function coro1(delay) {
    await asyncio.sleep(delay);
    print("child slept", delay);
  }

  await asyncio.async_with(new asyncio.TaskGroup(), async (g) => {
    g.create_task(root(g));
  });
  print("the group waited for the grandchildren");

  print("-- hydras");
  let nhydras = 0;

  async function hydra(g) {
    nhydras += 1;
    await asyncio.sleep(0.01);
    g.create_task(hydra(g));
    g.create_task(hydra(g));
  }

  async function hercules() {
    while (nhydras < 10) await asyncio.sleep(0.015);
    throw new ZeroDivisionError("division by zero");
  }

  try {
    await asyncio.async_with(new asyncio.TaskGroup(), async (g) => {
      g.create_task(hydra(g));
      g.create_task(hercules());
    });
  } catch (eg) {
    if (!(eg instanceof ExceptionGroup)) throw eg;
    print("ExceptionGroup of", error_types(eg));
  }
  print("hydras:", nhydras);
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
