// @ts-nocheck
import * as asyncio from "asyncio";

async function job(n) {
  await asyncio.sleep(n);
  return n * 2;
}

async function main() {
  const loop = asyncio.get_running_loop();
  const t = asyncio.create_task(job(1), { name: "job" });
  t.add_done_callback((task) => print("callback 1:", task.get_name(), task.result()));
  t.add_done_callback((task) => print("callback 2"));
  loop.call_later(1, print, "timer at the same time");
  print("awaited:", await t);
  print("main resumes after the callbacks");
}

asyncio.run(main());
