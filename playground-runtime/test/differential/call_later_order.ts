// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  const start = loop.time();

  function report(label) {
    print(label, "at", Math.round((loop.time() - start) * 1000), "ms");
  }

  loop.call_later(0.3, report, "0.3s");
  loop.call_later(0.1, report, "0.1s");
  loop.call_later(0.2, report, "0.2s");
  loop.call_later(0, report, "0s");
  loop.call_soon(report, "soon");
  await asyncio.sleep(1);
}

asyncio.run(main());
