// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const q = new asyncio.Queue({ maxsize: 1 });
  const put_a = asyncio.create_task(q.put("a"));
  const put_b = asyncio.create_task(q.put("b"));
  const put_c = asyncio.create_task(q.put("X"));
  await asyncio.sleep(0);
  print("a done:", put_a.done(), "b done:", put_b.done());
  put_c.cancel();
  await asyncio.sleep(0);
  print("c done:", put_c.done());
  print(q.get_nowait());
  await asyncio.sleep(0);
  // The cancelled put left nothing behind: b comes next.
  print(q.get_nowait());
  await put_b;
}

asyncio.run(main());
