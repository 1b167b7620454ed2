// @ts-nocheck
import * as asyncio from "asyncio";

async function catches(value) {
  try {
    await asyncio.sleep(1);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("inner got CancelledError");
    return value;
  }
  print("inner was not cancelled");
}

async function main() {
  // The timeout's cancellation is swallowed and a value returned: wait_for returns it.
  print("result:", await asyncio.wait_for(catches(1), 0.01));
  print("result:", await asyncio.wait_for(catches(42), 0.1));
}

asyncio.run(main());
