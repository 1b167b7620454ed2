import * as asyncio from "asyncio";
import * as contextvars from "contextvars";

const request_id = new contextvars.ContextVar("request_id", { default: "-" });

function log(message: string) {
  print(`[${request_id.get()}] ${message}`);
}

async function handle(rid: string) {
  request_id.set(rid); // sets it in this task's own copy of the context
  log("handling");
  await asyncio.sleep(1);
  await asyncio.to_thread(log, "in a worker thread"); // to_thread runs log in a copy
  log("done");
}

async function show() {
  log("show sees the context it was given");
}

async function main() {
  request_id.set("main");
  {
    await using tg = new asyncio.TaskGroup();
    tg.create_task(handle("r1"));
    tg.create_task(handle("r2"));
  }
  log("after the group: neither task's set leaked out");

  const ctx = contextvars.copy_context();
  ctx.run(() => request_id.set("r3")); // change the copy only
  const task = asyncio.create_task(show(), { context: ctx });
  await task;
  print("task.get_context() is ctx:", task.get_context() === ctx);
  asyncio.get_running_loop().call_soon(log, "a callback in ctx", { context: ctx });
  await asyncio.sleep(0);
  log("main's own value is untouched");
}

asyncio.run(main());
