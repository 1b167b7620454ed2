// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  loop.call_later(0, print, "timer (delay 0)");

  function chain(n) {
    print("ready", n);
    if (n < 3) {
      loop.call_soon(chain, n + 1);
    }
  }

  loop.call_soon(chain, 1);
  loop.call_later(0, print, "second timer (delay 0)");
  await asyncio.sleep(0.1);
}

asyncio.run(main());
