// @ts-nocheck (line numbers match task_repr.py: the reprs name them)
import * as asyncio from "asyncio";
async function work(n) {
  await asyncio.sleep(n);
  return n * 2;
} async function main() {
  const loop = asyncio.get_running_loop();
  const fut = loop.create_future();
  print(fut);
  const t = asyncio.create_task(work(1));
  print(t);
  await asyncio.sleep(0);
  print(t);
  print(await t);
  print(t);
  fut.set_result("ok");
  print(fut);
  const c = asyncio.create_task(work(5), { name: "victim" });
  await asyncio.sleep(0);
  c.cancel();
  await asyncio.sleep(0);
  print(c);
  const failed = loop.create_future();
  failed.set_exception(new ValueError("bad"));
  print(failed);
  failed.exception();
} class ValueError extends Error {}
asyncio.run(main());
