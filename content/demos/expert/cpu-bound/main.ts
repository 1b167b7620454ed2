import * as asyncio from "asyncio";
import * as time from "time";

function crunch(seconds: number) {
  // Stands for CPU-heavy work: it holds the thread it runs on for `seconds`.
  time.sleep(seconds);
  return seconds * 100;
}

async function inTheLoop() {
  return crunch(2);
}

async function inExecutor() {
  const loop = asyncio.get_running_loop();
  return await loop.run_in_executor(null, crunch, 2);
}

async function inAThread() {
  return await asyncio.to_thread(crunch, 2);
}

async function heartbeat(started: number) {
  const loop = asyncio.get_running_loop();
  while (true) {
    print(`  heartbeat at ${Math.round((loop.time() - started) * 1000)} ms`);
    await asyncio.sleep(0.5);
  }
}

async function section(title: string, work: () => Promise<number>) {
  const loop = asyncio.get_running_loop();
  print(title);
  const started = loop.time();
  const beat = asyncio.create_task(heartbeat(started));
  await asyncio.sleep(0); // let the heartbeat start
  const result = await work();
  print(`  work returned ${result} at ${Math.round((loop.time() - started) * 1000)} ms`);
  await asyncio.sleep(0.1); // a moment later: was a heartbeat overdue?
  beat.cancel();
}

async function main() {
  await section("1. crunch() called in a coroutine:", inTheLoop);
  await section("2. crunch() in the default executor:", inExecutor);
  await section("3. crunch() through asyncio.to_thread:", inAThread);
}

asyncio.run(main());
