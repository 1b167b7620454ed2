import * as asyncio from "asyncio";
import * as time from "time";

async function fetch(item: number) {
  await asyncio.sleep(1);
  return item;
}

async function heartbeat(beats: number[]) {
  const loop = asyncio.get_running_loop();
  for (let i = 0; i < 4; i++) {
    beats.push(loop.time());
    await asyncio.sleep(0.5);
  }
}

async function boom() {
  await asyncio.sleep(0);
  throw new Error("nobody will hear this");
}

async function main() {
  print("1. a forgotten await");
  const result = fetch(1); // no await: nothing ran
  print("   result is a coroutine, not 1:", asyncio.iscoroutine(result));

  print("2. a blocking call freezes every task");
  let beats: number[] = [];
  let hb = asyncio.create_task(heartbeat(beats));
  await asyncio.sleep(0.1);
  await asyncio.sleep(1.4); // the right way to wait: the heartbeat goes on
  await hb;
  print("   asyncio.sleep: beats at", beats.map((t) => (t - beats[0]).toFixed(1)).join(" "), "s");
  beats = [];
  hb = asyncio.create_task(heartbeat(beats));
  await asyncio.sleep(0.1);
  time.sleep(1.4); // blocks the loop: no other task can run
  await hb;
  print("   time.sleep:    beats at", beats.map((t) => (t - beats[0]).toFixed(1)).join(" "), "s");

  print("3. a task whose error nobody retrieves");
  asyncio.create_task(boom());
  await asyncio.sleep(1);
  print("   main carries on; the error went to stderr, if anywhere");
}

asyncio.run(main());
