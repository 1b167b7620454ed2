import * as asyncio from "asyncio";
import * as time from "time";

async function fetch(name: string, seconds: number) {
  await asyncio.sleep(seconds);
  return name;
}

function report(title: string) {
  print(title);
  const tasks = [...asyncio.all_tasks()].sort((a, b) => (a.get_name() < b.get_name() ? -1 : 1));
  for (const task of tasks) {
    print(`  ${task.get_name()}:`, "done", task.done(), "| cancelling", task.cancelling());
  }
}

async function main() {
  const loop = asyncio.get_running_loop();
  print("debug mode:", loop.get_debug(), "| slow callback threshold:", loop.slow_callback_duration);

  const a = asyncio.create_task(fetch("a", 1), { name: "fetch-a" });
  const b = asyncio.create_task(fetch("b", 2), { name: "fetch-b" });
  await asyncio.sleep(0);
  report("running tasks:");

  fetch("forgotten", 1); // no await: a coroutine object that never runs (a warning on stderr)
  time.sleep(0.25); // a blocking call: debug mode reports this slow step on stderr

  print("results:", await asyncio.gather(a, b));
  report("running tasks at the end:");
}

asyncio.run(main(), { debug: true });
