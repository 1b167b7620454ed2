import * as asyncio from "asyncio";

let theLoop = null as asyncio.AbstractEventLoop | null;

async function worker(seconds: number) {
  await asyncio.sleep(seconds);
  return seconds * 10;
}

function showTasks(when: string) {
  const names = [...asyncio.all_tasks()].map((task) => task.get_name()).sort();
  print(`${when}: all_tasks() =`, names);
}

async function main() {
  const loop = asyncio.get_running_loop();
  theLoop = loop;
  print("is a BaseEventLoop:", loop instanceof asyncio.BaseEventLoop);
  print("running:", loop.is_running(), "| closed:", loop.is_closed(), "| debug:", loop.get_debug());
  print("time (ms):", Math.round(loop.time() * 1000));
  print("current task:", asyncio.current_task()?.get_name());

  const fast = asyncio.create_task(worker(1), { name: "fast" });
  const slow = asyncio.create_task(worker(2), { name: "slow" });
  showTasks("after create_task");
  print("fast done:", fast.done(), "| slow done:", slow.done());

  await asyncio.sleep(1.5);
  print("time (ms):", Math.round(loop.time() * 1000));
  showTasks("at 1.5 s");
  print("fast done:", fast.done(), "| result:", fast.result());

  print("slow returned", await slow);
  showTasks("after await slow");
}

asyncio.run(main());
print("after run: running:", theLoop?.is_running(), "| closed:", theLoop?.is_closed());
