// @ts-nocheck
import * as asyncio from "asyncio";

// The address differs from run to run: leave it out.
const shown = (text) => text.replace(/ at 0x[0-9a-f]+/, " at ADDRESS");

async function main() {
  const fn = (q) => q.__repr__();
  let q = new asyncio.Queue();
  print(shown(fn(q)), "id shown:", / at 0x[0-9a-f]+/.test(fn(q)));
  let getter = null;
  await asyncio.async_with(new asyncio.TaskGroup(), async (tg) => {
    getter = tg.create_task(q.get());
    await asyncio.sleep(0);
    print(shown(fn(q)));
    q.put_nowait(0);
  });
  print("got:", await getter);
  q = new asyncio.Queue({ maxsize: 1 });
  let putter = null;
  await asyncio.async_with(new asyncio.TaskGroup(), async (tg) => {
    q.put_nowait(1);
    putter = tg.create_task(q.put(2));
    await asyncio.sleep(0);
    print(shown(fn(q)));
    q.get_nowait();
  });
  print("put done:", putter.done());
  q = new asyncio.Queue();
  q.put_nowait(1);
  print(shown(fn(q)));
}

asyncio.run(main());
