// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  let cm = asyncio.timeout(10);
  await asyncio.async_with(cm, async () => {
    await asyncio.sleep(0.01);
  });
  print("expired:", cm.expired(), "when is later:", cm.when() > loop.time());
  for (const factory of [asyncio.timeout, asyncio.timeout_at]) {
    cm = factory(null);
    await asyncio.async_with(cm, async () => {
      await asyncio.sleep(0.01);
    });
    print(factory.name, "(None): expired:", cm.expired(), "when:", cm.when());
  }
}

asyncio.run(main());
