import * as asyncio from "asyncio";

async function compute() {
  await asyncio.sleep(1);
  return 42;
}

async function main() {
  const loop = asyncio.get_running_loop();

  const task = asyncio.create_task(compute());
  print("a Task is a Future:", task instanceof asyncio.Future);

  const fut = loop.create_future<number>();
  print("a bare Future drives nothing; done?", fut.done());
  loop.call_later(2, () => fut.set_result(7));

  print("task result:", await task, "at", Math.round(loop.time()));
  print("future result:", await fut, "at", Math.round(loop.time()));

  try {
    task.set_result(0);
  } catch (error) {
    print("task.set_result:", (error as Error).message);
  }
}

asyncio.run(main());
