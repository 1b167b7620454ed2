// @ts-nocheck
import * as asyncio from "asyncio";

// The address differs from run to run: leave it out.
const shown = (obj) => obj.__repr__().replace(/ at 0x[0-9a-f]+/, "");

async function main() {
  const lock = new asyncio.Lock();
  print(shown(lock));
  await lock.acquire();
  print(shown(lock));
}

asyncio.run(main());
