// @ts-nocheck
import * as asyncio from "asyncio";
import * as time from "time";

function blocking(n) {
  time.sleep(1);
  return n;
}

async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();

  async function job(n) {
    const result = await asyncio.to_thread(blocking, n);
    print("job", result, "done at", Math.round(loop.time() - t0));
  }

  await asyncio.gather(...[0, 1, 2, 3, 4, 5, 6, 7].map((n) => job(n)));
}

asyncio.run(main());
