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
  const tasks = [1, 2, 5].map((d) => asyncio.create_task(work(`t${d}`, d), { name: `t${d}` }));
  let [done, pending] = await asyncio.wait(tasks, { timeout: 2.5 });
  print("at", Math.round(loop.time() * 10) / 10, "done", names(done), "pending", names(pending));
  print("timeout does not cancel:", [...pending].map((t) => t.cancelled()));
  [done, pending] = await asyncio.wait(pending, { timeout: 10 });
  print("at", Math.round(loop.time()), "done", names(done), "pending", names(pending));
  try {
    await asyncio.wait([]);
  } catch (e) {
    print("empty:", e);
  }
}

asyncio.run(main());
