// @ts-nocheck
// create_task's keywords are Task's: name, context, eager_start. Any other, through
// asyncio.create_task, loop.create_task, TaskGroup.create_task or Task itself, is the
// TypeError CPython's Task() raises, with its "Did you mean"; ensure_future takes loop only.
import * as asyncio from "asyncio";
import * as contextvars from "contextvars";

async function work(label) {
  print("  running", label);
  return label;
}

function attempt(label, call) {
  const coro = work(label);
  try {
    const task = call(coro);
    print(label, "->", task.get_name());
  } catch (e) {
    print(label, "raised", repr(e));
    coro.close();
  }
}

async function main() {
  const loop = asyncio.get_running_loop();
  attempt("bogus", (coro) => asyncio.create_task(coro, { bogus: 1 }));
  attempt("nme", (coro) => loop.create_task(coro, { nme: "x" }));
  attempt("Task(loop=…)", (coro) => new asyncio.Task(coro, { loop, eager: true }));
  attempt("ensure_future(name=…)", (coro) => asyncio.ensure_future(coro, { name: "x" }));
  attempt("all three", (coro) =>
    asyncio.create_task(coro, {
      name: "named",
      context: contextvars.copy_context(),
      eager_start: false,
    }),
  );
  {
    await using tg = new asyncio.TaskGroup();
    attempt("eager_star", (coro) => tg.create_task(coro, { eager_star: true }));
    attempt("in the group", (coro) => tg.create_task(coro, { name: "child" }));
  }
  await asyncio.sleep(0);
}

asyncio.run(main());
