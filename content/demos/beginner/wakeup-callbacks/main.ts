import * as asyncio from "asyncio";

async function waiter(fut: asyncio.Future<string>) {
  print("waiter: awaiting the future");
  const value = await fut;
  print("waiter: woke up with", value);
}

async function main() {
  const loop = asyncio.get_running_loop();
  const fut = loop.create_future<string>();
  fut.add_done_callback((f) => print("callback: the future is done:", f.result()));
  const task = asyncio.create_task(waiter(fut));
  await asyncio.sleep(0);
  print("main: waiter is suspended; future done?", fut.done());

  loop.call_later(1, () => {
    print("timer: set_result('ready')");
    fut.set_result("ready");
    print("timer: set_result returned, nobody has run yet");
  });
  await task;
  print("main: done at", Math.round(loop.time()));
}

asyncio.run(main());
