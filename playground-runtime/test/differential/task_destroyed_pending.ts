// compare: stderr
// @ts-nocheck (the two files keep the same line numbers: the log lines name them)
import * as asyncio from "asyncio";

async function forever(name: string) {
  try {
    await asyncio.sleep(10);
  } finally {
    print(name, "finally runs");
  }
}

async function main() {
  asyncio.ensure_future(forever("a"));
  asyncio.ensure_future(forever("b"));
  await asyncio.sleep(0);
  print("main done");
}

const loop = asyncio.new_event_loop();
loop.run_until_complete(main());
loop.close();
print("loop closed");
