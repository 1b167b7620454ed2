// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const queue = new asyncio.Queue({ maxsize: 5 });
  try {
    await asyncio.wait_for(queue.get(), 0.1);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("TimeoutError");
  }
  print("getters left:", queue._getters.length);
}

asyncio.run(main());
