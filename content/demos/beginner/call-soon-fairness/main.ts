import * as asyncio from "asyncio";

async function worker(name: string, steps: number) {
  for (let i = 1; i <= steps; i++) {
    print(`${name} step ${i}`);
    await asyncio.sleep(0);
  }
}

async function main() {
  const loop = asyncio.get_running_loop();
  loop.call_soon(print, "callback scheduled first");
  const a = asyncio.create_task(worker("a", 3));
  const b = asyncio.create_task(worker("b", 2));
  loop.call_soon(print, "callback scheduled last");
  print("main waits");
  await asyncio.gather(a, b);
  print("all done");
}

asyncio.run(main());
