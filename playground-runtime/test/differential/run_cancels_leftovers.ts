// @ts-nocheck
import * as asyncio from "asyncio";

async function background(name) {
  try {
    await asyncio.sleep(100);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print(name, "cancelled by asyncio.run at", Math.round(asyncio.get_running_loop().time()));
    }
    throw e;
  } finally {
    print(name, "cleanup in", asyncio.current_task().get_name());
  }
}

async function main() {
  asyncio.create_task(background("bg1"));
  await asyncio.sleep(1);
  print("main returns");
}

asyncio.run(main());
print("after run");
