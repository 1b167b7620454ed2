// @ts-nocheck
import * as asyncio from "asyncio";

async function waiter(name, event) {
  print(name, "waits");
  await event.wait();
  print(name, "woke at", Math.round(asyncio.get_running_loop().time()));
}

async function main() {
  const event = new asyncio.Event();
  const tasks = ["a", "b"].map((n) => asyncio.create_task(waiter(n, event)));
  await asyncio.sleep(1);
  print("is_set?", event.is_set());
  event.set();
  print("set; is_set?", event.is_set());
  await asyncio.gather(...tasks);
  print("wait on a set event returns", await event.wait());
  event.clear();
  print("cleared; is_set?", event.is_set());
}

asyncio.run(main());
