// @ts-nocheck
import * as asyncio from "asyncio";

async function worker(name, delay) {
  try {
    await asyncio.sleep(delay);
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "cancelled");
    throw e;
  }
}

async function main() {
  const group = asyncio.gather(worker("a", 1), worker("b", 5), worker("c", 5));
  await asyncio.sleep(2);
  print("cancel gather:", group.cancel());
  try {
    await group;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("gather cancelled:", group.cancelled());
  }

  const inner = asyncio.create_task(worker("d", 5));
  const outer = asyncio.gather(inner, worker("e", 1), { return_exceptions: true });
  await asyncio.sleep(0);
  inner.cancel();
  const results = await outer;
  print(results.map((r) => (typeof r === "string" ? "str" : r.constructor.name)));
}

asyncio.run(main());
