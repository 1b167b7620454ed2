// @ts-nocheck
import * as asyncio from "asyncio";

// The address differs from run to run: leave it out.
const shown = (obj) => obj.__repr__().replace(/ at 0x[0-9a-f]+/, "");

async function main() {
  const cond = new asyncio.Condition();
  print(shown(cond));
  await cond.acquire();
  print(shown(cond));
  // Any waiter counts; plain futures stand for them.
  const loop = asyncio.get_running_loop();
  cond._waiters.push(loop.create_future());
  print(shown(cond));
  cond._waiters.push(loop.create_future());
  print(shown(cond));
}

asyncio.run(main());
