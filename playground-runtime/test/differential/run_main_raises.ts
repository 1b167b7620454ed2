// @ts-nocheck
import * as asyncio from "asyncio";

class AppError extends Error {}

async function helper() {
  try {
    await asyncio.sleep(10);
  } finally {
    print("helper cleaned up");
  }
}

async function main() {
  asyncio.create_task(helper());
  await asyncio.sleep(1);
  throw new AppError("main failed");
}

try {
  asyncio.run(main());
} catch (e) {
  if (!(e instanceof AppError)) throw e;
  print("asyncio.run raised:", e);
}
