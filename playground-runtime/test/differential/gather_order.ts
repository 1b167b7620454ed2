// @ts-nocheck
import * as asyncio from "asyncio";

async function fetch(name, delay) {
  await asyncio.sleep(delay);
  print("finished", name);
  return name.toUpperCase();
}

async function main() {
  const results = await asyncio.gather(fetch("slow", 3), fetch("fast", 1), fetch("mid", 2));
  print(results);
  print(await asyncio.gather());
}

asyncio.run(main());
