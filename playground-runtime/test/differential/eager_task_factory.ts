// @ts-nocheck
import * as asyncio from "asyncio";

async function quick(name) {
  print(name, "runs");
  return name;
}

async function waits(name) {
  print(name, "starts");
  await asyncio.sleep(1);
  print(name, "ends");
  return name;
}

async function main() {
  const loop = asyncio.get_running_loop();
  loop.set_task_factory(asyncio.eager_task_factory);
  const t1 = asyncio.create_task(quick("q"));
  print("after create_task: done?", t1.done());
  const t2 = asyncio.create_task(waits("w"));
  print("after create_task: done?", t2.done());
  print(await t1, await t2, t2.get_name());
  loop.set_task_factory(null);
  const t3 = asyncio.create_task(quick("lazy"));
  print("lazy task done?", t3.done());
  await t3;
}

asyncio.run(main());
