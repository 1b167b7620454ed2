// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  const done = loop.create_future();
  done.set_result("ready");
  const pending = loop.create_future();
  loop.call_later(1, (v) => pending.set_result(v), "later");
  const g = asyncio.gather(done, pending, asyncio.sleep(0.5, "coro"));
  print("gather done at once?", g.done());
  print(await g);
  const g2 = asyncio.gather(done, done);
  print("all children done:", g2.done());
  print(await g2);
}

asyncio.run(main());
