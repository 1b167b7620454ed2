// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const q = new asyncio.Queue();

  async function putter() {
    await q.put(1);
    return true;
  }

  const t = asyncio.create_task(putter());
  print(await q.get(), t.done(), t.result());
}

asyncio.run(main());
