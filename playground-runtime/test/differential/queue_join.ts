// @ts-nocheck
import * as asyncio from "asyncio";

async function worker(name, q) {
  while (true) {
    const item = await q.get();
    await asyncio.sleep(item);
    print(name, "processed", item, "at", Math.round(asyncio.get_running_loop().time()));
    q.task_done();
  }
}

async function main() {
  const q = new asyncio.Queue();
  for (const item of [3, 1, 2, 1]) {
    q.put_nowait(item);
  }
  const workers = [0, 1].map((i) => asyncio.create_task(worker(`w${i}`, q)));
  await q.join();
  print("all processed at", Math.round(asyncio.get_running_loop().time()));
  for (const w of workers) {
    w.cancel();
  }
  const results = await asyncio.gather(...workers, { return_exceptions: true });
  print(results.map((r) => r.constructor.name));
  try {
    q.task_done();
  } catch (e) {
    print("extra task_done:", e);
  }
}

asyncio.run(main());
