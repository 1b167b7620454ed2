// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  const fired = [];
  for (let i = 0; i < 10; i++) {
    loop.call_later(1, (x) => fired.push(x), `later${i}`);
  }
  for (let i = 0; i < 3; i++) {
    loop.call_later(0.5, (x) => fired.push(x), `half${i}`);
  }
  await asyncio.sleep(2);
  print(fired.join(" "));
}

asyncio.run(main());
