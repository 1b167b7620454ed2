// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  // One reader, cancelled after two items came: the first is not lost.
  let q = new asyncio.Queue();
  let reader = asyncio.create_task(q.get());
  await asyncio.sleep(0);
  q.put_nowait(1);
  q.put_nowait(2);
  reader.cancel();
  try {
    await reader;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("CancelledError: reading again");
    reader = asyncio.create_task(q.get());
    await reader;
  }
  print("read:", reader.result());

  // Three readers, the first cancelled: the other two get both items.
  q = new asyncio.Queue();
  let reader2 = null;
  let reader3 = null;
  await asyncio.async_with(new asyncio.TaskGroup(), async (tg) => {
    const reader1 = tg.create_task(q.get());
    reader2 = tg.create_task(q.get());
    reader3 = tg.create_task(q.get());
    await asyncio.sleep(0);
    q.put_nowait(1);
    q.put_nowait(2);
    reader1.cancel();
    try {
      await reader1;
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      print("reader1 CancelledError");
    }
    await reader3;
  });
  print(
    "read:",
    [reader2.result(), reader3.result()].sort((a, b) => a - b),
  );
}

asyncio.run(main());
