import * as asyncio from "asyncio";

let turn = 0;

function newTurn(loop: asyncio.AbstractEventLoop, more: number) {
  // Scheduled first, so it runs first in its turn: a turn marker.
  turn += 1;
  print(`--- turn ${turn} ---`);
  if (more > 0) {
    loop.call_soon(newTurn, loop, more - 1);
  }
}

async function waiter(fut: asyncio.Future<number>) {
  print("  waiter: step 1 runs, awaits fut (pending)");
  const value = await fut;
  print("  waiter: resumed, await fut gave", value);
  return value * 2;
}

async function main() {
  const loop = asyncio.get_running_loop();
  turn = 1;
  print("--- turn 1 ---");
  print("  main: step 1 runs");
  loop.call_soon(newTurn, loop, 0);

  const fut = loop.create_future<number>();
  fut.add_done_callback((f) => print("  fut's callback #1: sees result", f.result()));
  const task = asyncio.create_task(waiter(fut), { name: "waiter" });
  task.add_done_callback(() => print("  task's callback #1: task is done"));

  const resolve = () => {
    turn += 1;
    print(`--- turn ${turn} (t=${Math.round(loop.time())}s) ---`);
    print("  timer callback: calls fut.set_result(21)");
    loop.call_soon(newTurn, loop, 1);
    fut.set_result(21);
    print("  timer callback: set_result returned, fut.done() =", fut.done());
  };

  loop.call_later(1, resolve);
  print("  main: awaits task");
  const result = await task;
  print("  main: resumed, await task gave", result);
}

asyncio.run(main());
