// @ts-nocheck
import * as asyncio from "asyncio";

async function worker(name, delay, fail = false) {
  try {
    await asyncio.sleep(delay);
    if (fail) {
      throw new RuntimeError(`${name} failed`);
    }
    print(name, "done");
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "cancelled");
    throw e;
  }
}

class RuntimeError extends Error {}

async function main() {
  const a = asyncio.create_task(worker("a", 1));
  const b = asyncio.create_task(worker("b", 2, true));
  const c = asyncio.create_task(worker("c", 3));
  try {
    await asyncio.gather(a, b, c);
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    print("gather raised:", e);
  }
  print("c still running?", !c.done());
  await asyncio.sleep(2);
  print("c result:", c.result());
}

asyncio.run(main());
