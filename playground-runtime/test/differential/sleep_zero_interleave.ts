// @ts-nocheck
import * as asyncio from "asyncio";

async function counter(name, n) {
  for (let i = 0; i < n; i++) {
    print(name, i);
    await asyncio.sleep(0);
  }
}

async function main() {
  const a = asyncio.create_task(counter("a", 3));
  const b = asyncio.create_task(counter("b", 2));
  print("main before await");
  await asyncio.sleep(0);
  print("main after one sleep(0)");
  await asyncio.gather(a, b);
  print("value:", await asyncio.sleep(0.5, "slept"));
}

asyncio.run(main());
