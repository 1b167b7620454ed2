// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  // A getter waits until an item comes.
  let q = new asyncio.Queue();
  let started = new asyncio.Event();
  let finished = false;

  async function getter() {
    started.set();
    const res = await q.get();
    finished = true;
    return res;
  }

  let task = asyncio.create_task(getter());
  await started.wait();
  print("finished:", finished);
  loop.call_later(0.01, (item) => q.put_nowait(item), 1);
  print("got:", await task, "finished:", finished);

  // A putter waits until a slot frees.
  q = new asyncio.Queue({ maxsize: 1 });
  started = new asyncio.Event();
  finished = false;

  async function putter() {
    started.set();
    await q.put(1);
    await q.put(2);
    finished = true;
  }

  loop.call_later(0.01, () => q.get_nowait());
  task = asyncio.create_task(putter());
  await started.wait();
  print("finished:", finished);
  await task;
  print("finished:", finished);
}

asyncio.run(main());
