// @ts-nocheck
import * as asyncio from "asyncio";
import * as time from "time";

function r1(x) {
  return (Math.round(x * 10) / 10).toFixed(1);
}

async function heartbeat() {
  const loop = asyncio.get_running_loop();
  for (let i = 0; i < 3; i++) {
    print("beat at", r1(loop.time()));
    await asyncio.sleep(0.5);
  }
}

async function main() {
  const loop = asyncio.get_running_loop();
  const task = asyncio.create_task(heartbeat());
  await asyncio.sleep(0);
  print("blocking for 2s with time.sleep");
  time.sleep(2);
  print("back at", r1(loop.time()));
  await task;
  const start = time.monotonic();
  await asyncio.sleep(1.5);
  print("monotonic moved", r1(time.monotonic() - start));
}

asyncio.run(main());
