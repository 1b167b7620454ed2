// @ts-nocheck
import * as asyncio from "asyncio";

class ValueError extends Error {}

async function work(name, delay, fail = false) {
  await asyncio.sleep(delay);
  if (fail) {
    throw new ValueError(name);
  }
  return name;
}

function names(tasks) {
  return [...tasks].map((t) => t.get_name()).sort();
}

async function main() {
  const loop = asyncio.get_running_loop();
  const tasks = [3, 1, 2].map((d) => asyncio.create_task(work(`t${d}`, d), { name: `t${d}` }));
  let [done, pending] = await asyncio.wait(tasks, { return_when: asyncio.FIRST_COMPLETED });
  print("at", Math.round(loop.time()), "done", names(done), "pending", names(pending));
  [done, pending] = await asyncio.wait(pending, { return_when: asyncio.FIRST_COMPLETED });
  print("at", Math.round(loop.time()), "done", names(done), "pending", names(pending));
  [done, pending] = await asyncio.wait(pending);
  print("at", Math.round(loop.time()), "done", names(done), "pending", names(pending));
}

asyncio.run(main());
