// @ts-nocheck
import * as asyncio from "asyncio";

async function leaf(name, delay) {
  await asyncio.sleep(delay);
  print("leaf", name, "at", Math.round(asyncio.get_running_loop().time()));
}

async function branch(name) {
  await asyncio.async_with(new asyncio.TaskGroup(), async (tg) => {
    tg.create_task(leaf(name + ".1", 1));
    tg.create_task(leaf(name + ".2", 2));
  });
  print("branch", name, "closed");
}

async function main() {
  await asyncio.async_with(new asyncio.TaskGroup(), async (tg) => {
    tg.create_task(branch("A"));
    tg.create_task(branch("B"));
    tg.create_task(leaf("solo", 3));
  });
  print("outer group closed");
}

asyncio.run(main());
