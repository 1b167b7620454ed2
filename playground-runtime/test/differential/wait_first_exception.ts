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
  const tasks = [
    asyncio.create_task(work("ok1", 1), { name: "ok1" }),
    asyncio.create_task(work("bad", 2, true), { name: "bad" }),
    asyncio.create_task(work("ok3", 3), { name: "ok3" }),
  ];
  let [done, pending] = await asyncio.wait(tasks, { return_when: asyncio.FIRST_EXCEPTION });
  print("at", Math.round(loop.time()), "done", names(done), "pending", names(pending));
  for (const t of [...done].sort((x, y) => (x.get_name() < y.get_name() ? -1 : 1))) {
    print(t.get_name(), "exception:", t.exception());
  }
  for (const t of pending) {
    t.cancel();
  }
  [done, pending] = await asyncio.wait(pending);
  print("cancelled:", [...done].map((t) => t.cancelled()));
}

asyncio.run(main());
