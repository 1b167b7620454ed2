// @ts-nocheck
import * as asyncio from "asyncio";

async function fetch(name, delay) {
  print("start", name);
  await asyncio.sleep(delay);
  print("end", name);
  return name;
}

async function main() {
  const loop = asyncio.get_running_loop();
  let t0 = loop.time();
  await fetch("a", 1);
  await fetch("b", 1);
  print("sequential took", Math.round(loop.time() - t0));
  t0 = loop.time();
  const ta = asyncio.create_task(fetch("c", 1));
  const tb = asyncio.create_task(fetch("d", 1));
  print("tasks created");
  await ta;
  await tb;
  print("concurrent took", Math.round(loop.time() - t0));
}

asyncio.run(main());
