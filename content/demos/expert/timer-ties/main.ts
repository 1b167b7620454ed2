import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  const fired: string[] = [];

  // Five timers with the same delay, set one after another.
  for (const name of ["a", "b", "c", "d", "e"]) {
    loop.call_later(1, (n: string) => fired.push(n), name);
  }
  await asyncio.sleep(2);
  print("call_later(1) x5 fired:", fired);

  // Five timers with the very same deadline.
  fired.length = 0;
  const when = loop.time() + 1;
  for (const name of ["a", "b", "c", "d", "e"]) {
    loop.call_at(when, (n: string) => fired.push(n), name);
  }
  await asyncio.sleep(2);
  print("call_at(when) x5 fired:", fired);
}

asyncio.run(main());
