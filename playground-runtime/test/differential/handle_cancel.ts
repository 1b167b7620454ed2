// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  const h1 = loop.call_soon(print, "soon 1");
  const h2 = loop.call_soon(print, "soon 2");
  const t1 = loop.call_later(1, print, "later 1");
  const t2 = loop.call_later(1, print, "later 2");
  h2.cancel();
  t1.cancel();
  print("cancelled:", h1.cancelled(), h2.cancelled(), t1.cancelled(), t2.cancelled());
  print("t2 due in", Math.round(t2.when() - loop.time()));
  await asyncio.sleep(2);
}

asyncio.run(main());
