import * as asyncio from "asyncio";

async function download(name: string, seconds: number) {
  await asyncio.sleep(seconds);
  return `${name} (${seconds}s)`;
}

async function main() {
  const loop = asyncio.get_running_loop();
  const start = () => [download("big", 3), download("small", 1), download("medium", 2)];

  let t0 = loop.time();
  const all = await asyncio.gather(...start());
  print("gather:", all, "after", Math.round(loop.time() - t0), "s");

  t0 = loop.time();
  const tasks = start().map((coro) => asyncio.create_task(coro));
  const [done, pending] = await asyncio.wait(tasks, { return_when: asyncio.FIRST_COMPLETED });
  print(
    "wait FIRST_COMPLETED:",
    [...done].map((t) => t.result()),
    "after",
    Math.round(loop.time() - t0),
    "s",
  );
  print("  still pending:", pending.size, "- wait() cancels nothing");
  for (const task of pending) task.cancel();

  t0 = loop.time();
  for (const next of asyncio.as_completed(start())) {
    print("as_completed:", await next, "after", Math.round(loop.time() - t0), "s");
  }
}

asyncio.run(main());
