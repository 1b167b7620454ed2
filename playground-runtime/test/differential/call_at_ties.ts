// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  const fired = [];
  const when = loop.time() + 1;
  for (let i = 0; i < 10; i++) {
    loop.call_at(when, (x) => fired.push(x), `at${i}`);
  }
  await asyncio.sleep(2);
  print(fired.join(" "));
}

asyncio.run(main());
