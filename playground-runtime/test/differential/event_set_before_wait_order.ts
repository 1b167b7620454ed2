// @ts-nocheck
import * as asyncio from "asyncio";

async function sleeper_then_print(name) {
  await asyncio.sleep(0);
  print(name, "after sleep(0)");
}

async function event_waiter(event) {
  await event.wait();
  print("event waiter resumes");
}

async function main() {
  const event = new asyncio.Event();
  const w = asyncio.create_task(event_waiter(event));
  await asyncio.sleep(0);
  const s = asyncio.create_task(sleeper_then_print("s"));
  event.set();
  asyncio.get_running_loop().call_soon(print, "call_soon after set");
  await asyncio.gather(w, s);
}

asyncio.run(main());
