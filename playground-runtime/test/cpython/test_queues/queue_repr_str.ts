// @ts-nocheck
// A Queue's repr and its str, through the same scenario: empty, with a getter waiting, with a
// putter waiting, holding an item. Only the repr shows the queue's address.
import * as asyncio from "asyncio";

// The address differs from run to run: leave it out.
const shown = (text) => text.replace(/ at 0x[0-9a-f]+/, " at ADDRESS");

async function scenario(fn) {
  let q = new asyncio.Queue();
  print(shown(fn(q)), "id shown:", / at 0x[0-9a-f]+/.test(fn(q)));
  let getter = null;
  {
    await using tg = new asyncio.TaskGroup();
    getter = tg.create_task(q.get());
    await asyncio.sleep(0);
    print(shown(fn(q)));
    q.put_nowait(0);
  }
  print("got:", await getter);
  q = new asyncio.Queue({ maxsize: 1 });
  let putter = null;
  {
    await using tg = new asyncio.TaskGroup();
    q.put_nowait(1);
    putter = tg.create_task(q.put(2));
    await asyncio.sleep(0);
    print(shown(fn(q)));
    q.get_nowait();
  }
  print("put done:", putter.done());
  q = new asyncio.Queue();
  q.put_nowait(1);
  print(shown(fn(q)));
}

async function main() {
  for (const [name, fn] of [
    ["repr", repr],
    ["str", String],
  ]) {
    print(`${name}:`);
    await scenario(fn);
  }
}

asyncio.run(main());
