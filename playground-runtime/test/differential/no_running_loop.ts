// @ts-nocheck
import * as asyncio from "asyncio";

try {
  asyncio.get_running_loop();
} catch (e) {
  print("outside:", e);
}

async function main() {
  const loop = asyncio.get_running_loop();
  print("inside:", loop.is_running());
}

asyncio.run(main());
