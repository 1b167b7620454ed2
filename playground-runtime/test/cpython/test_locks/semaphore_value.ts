// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const sem = new asyncio.Semaphore();
  print("value:", sem._value);
  try {
    await sem;
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    print("TypeError:", e);
  }
  print("locked:", sem.locked(), "value:", sem._value);
  try {
    new asyncio.Semaphore(-1);
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    print("ValueError:", e);
  }
}

asyncio.run(main());
