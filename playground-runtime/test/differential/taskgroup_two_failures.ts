// @ts-nocheck
import * as asyncio from "asyncio";

class RuntimeError extends Error {}

async function fail(name, delay) {
  await asyncio.sleep(delay);
  throw new RuntimeError(name);
}

async function main() {
  try {
    await asyncio.async_with(new asyncio.TaskGroup(), async (tg) => {
      tg.create_task(fail("x", 1));
      tg.create_task(fail("y", 1));
    });
  } catch (eg) {
    if (!(eg instanceof asyncio.ExceptionGroup)) throw eg;
    print("caught", eg.exceptions.length, "errors:", eg.exceptions.map((e) => e.message));
  }
}

asyncio.run(main());
