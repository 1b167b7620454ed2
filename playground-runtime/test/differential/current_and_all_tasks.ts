// @ts-nocheck
import * as asyncio from "asyncio";

async function worker(n) {
  print("worker", n, "is", asyncio.current_task().get_name());
  await asyncio.sleep(n);
}

async function main() {
  print("outside any task:", asyncio.current_task() === null);
  const tasks = [2, 1, 3].map((n) => asyncio.create_task(worker(n), { name: `w${n}` }));
  print(asyncio.all_tasks().size, "tasks alive");
  await asyncio.sleep(0);
  await asyncio.sleep(1.5);
  print([...asyncio.all_tasks()].map((t) => t.get_name()).sort());
  await asyncio.gather(...tasks);
  print([...asyncio.all_tasks()].map((t) => t.get_name()).sort());
  print(asyncio.current_task() === [...asyncio.all_tasks()][0]);
}

asyncio.run(main());
