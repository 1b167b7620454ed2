import * as asyncio from "asyncio";

async function job(name: string) {
  print(`  ${name}: first step, current task ${asyncio.current_task()!.get_name()}`);
  await asyncio.sleep(0);
  print(`  ${name}: resumed`);
  return name;
}

async function quick(name: string) {
  print(`  ${name}: returns without ever suspending`);
  return name;
}

function runningNow() {
  return asyncio.current_task()!.get_name();
}

async function main() {
  const loop = asyncio.get_running_loop();

  print("-- create_task(): scheduled --");
  const a = asyncio.create_task(job("a"), { name: "a" });
  print("create_task returned; a done?", a.done(), "| running:", runningNow());
  await a;

  print("-- create_task(eager_start=True): started --");
  const b = asyncio.create_task(job("b"), { name: "b", eager_start: true });
  print("create_task returned; b done?", b.done(), "| running:", runningNow());
  await b;

  print("-- eager, and it never suspends --");
  const c = asyncio.create_task(quick("c"), { name: "c", eager_start: true });
  print("create_task returned; c done?", c.done(), "| result:", repr(c.result()));

  print("-- loop.set_task_factory(asyncio.eager_task_factory) --");
  loop.set_task_factory(asyncio.eager_task_factory);
  const d = asyncio.create_task(job("d"), { name: "d" });
  const e = asyncio.create_task(job("e"), { name: "e" });
  print("both created; d done?", d.done(), "| e done?", e.done());
  print("gather:", await asyncio.gather(d, e));
}

asyncio.run(main());
