// @ts-nocheck
import * as asyncio from "asyncio";

// The address differs from run to run: leave it out.
const shown = (obj) => obj.__repr__().replace(/ at 0x[0-9a-f]+/, "");

async function main() {
  const ev = new asyncio.Event();
  print(shown(ev));
  ev.set();
  print(shown(ev));
  // Any waiter counts; a plain future stands for one.
  ev._waiters.push(asyncio.get_running_loop().create_future());
  print(shown(ev));
}

asyncio.run(main());
