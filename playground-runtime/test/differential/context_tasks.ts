// @ts-nocheck
import * as asyncio from "asyncio";
import * as contextvars from "contextvars";

const request = new contextvars.ContextVar("request", { default: "-" });

async function handle(name: string, delay: number) {
  // Each task runs in a copy of its creator's context: what it sets stays its own.
  print(name, "starts, sees", request.get());
  request.set(name);
  await asyncio.sleep(delay);
  print(name, "resumes, sees", request.get());
  return request.get();
}

function report(task: asyncio.Task) {
  // A done callback added without a context runs in a copy of its adder's context.
  print("done callback of", task.get_name(), "sees", request.get());
}

async function main() {
  request.set("main");
  const t1 = asyncio.create_task(handle("t1", 0.2), { name: "t1" });
  const t2 = asyncio.create_task(handle("t2", 0.1), { name: "t2" });
  t1.add_done_callback(report);
  t2.add_done_callback(report, { context: t2.get_context() });
  print(await asyncio.gather(t1, t2), "main still sees", request.get());
  print("t1's context holds", t1.get_context().__getitem__(request), t1.get_context() !== t2.get_context());

  // A context given to create_task is used as it is, not copied.
  const shared = new contextvars.Context();
  const t3 = asyncio.create_task(handle("t3", 0), { context: shared });
  print(t3.get_context() === shared, shared.has(request));
  await t3;
  print("shared now holds", shared.__getitem__(request));

  // A task's context is copied when the task is made, not when it first runs.
  request.set("before");
  const t4 = asyncio.create_task(handle("t4", 0));
  request.set("after");
  await t4;

  // TaskGroup children copy the context at create_task, or take the one given.
  let c1: asyncio.Task<string>;
  let c2: asyncio.Task<string>;
  await asyncio.async_with(new asyncio.TaskGroup(), async (tg) => {
    c1 = tg.create_task(handle("c1", 0.1));
    c2 = tg.create_task(handle("c2", 0), { context: shared.copy() });
  });
  print(c1!.result(), c2!.result(), request.get());

  // An eager task's first step runs in its own context too.
  const loop = asyncio.get_running_loop();
  loop.set_task_factory(asyncio.eager_task_factory);
  const e1 = asyncio.create_task(handle("e1", 0));
  print("after eager create_task, main sees", request.get());
  await e1;
  const e2 = asyncio.create_task(handle("e2", 0), { context: shared });
  await e2;
  loop.set_task_factory(null);
  print("main ends seeing", request.get(), "and shared holds", shared.__getitem__(request));
}

asyncio.run(main());
print("outside the loop:", request.get());
