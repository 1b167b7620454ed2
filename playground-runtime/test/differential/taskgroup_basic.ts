// @ts-nocheck
import * as asyncio from "asyncio";

async function fetch(name, delay) {
  await asyncio.sleep(delay);
  print("fetched", name);
  return name;
}

async function main() {
  const loop = asyncio.get_running_loop();
  let a, b;
  await asyncio.async_with(new asyncio.TaskGroup(), async (tg) => {
    a = tg.create_task(fetch("a", 2));
    b = tg.create_task(fetch("b", 1), { name: "bee" });
    print("names:", a.get_name(), b.get_name());
  });
  print("all done at", Math.round(loop.time()), a.result(), b.result());
}

asyncio.run(main());
