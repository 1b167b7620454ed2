// @ts-nocheck
import * as asyncio from "asyncio";

async function sleeper(name, seconds) {
  try {
    await asyncio.sleep(seconds);
    print(name, "woke up");
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(name, "cancelled; cleaning up takes a while");
    await asyncio.sleep(1);
    print(name, "cleanup done at", Math.round(asyncio.get_running_loop().time()));
    throw e;
  }
}

async function main() {
  const tasks = [["a", 1], ["b", 5], ["c", 5]].map(([n, s]) => asyncio.create_task(sleeper(n, s)));
  await asyncio.sleep(2);
  for (const t of tasks) {
    t.cancel();
  }
  const results = await asyncio.gather(...tasks, { return_exceptions: true });
  print(results.map((r) => (r === null || r === undefined ? null : r.constructor.name)));
}

asyncio.run(main());
