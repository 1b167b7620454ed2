import * as asyncio from "asyncio";

async function fetch(item: number | string) {
  await asyncio.sleep(1); // one second of waiting on the network
  return item;
}

async function main() {
  const loop = asyncio.get_running_loop();
  const clock = () => {
    const t0 = loop.time();
    return () => `${Math.round(loop.time() - t0)} s`;
  };
  const items = [1, 2, 3, 4, 5];

  let took = clock();
  const serial = [];
  for (const item of items) {
    serial.push(await fetch(item)); // the next fetch starts only when this one is done
  }
  print("awaits in a loop:", serial, "took", took());

  took = clock();
  const together = await asyncio.gather(...items.map((item) => fetch(item)));
  print("gather:          ", together, "took", took());

  took = clock();
  const profile = await fetch("profile");
  const orders = await fetch("orders");
  print("one after other: ", [profile, orders], "took", took());

  took = clock();
  const ordersTask = asyncio.create_task(fetch("orders")); // starts now, runs while we wait
  const profile2 = await fetch("profile");
  print("started early:   ", [profile2, await ordersTask], "took", took());

  took = clock();
  const tasks: asyncio.Task<number | string>[] = [];
  await asyncio.async_with(new asyncio.TaskGroup(), async (tg) => {
    for (const item of items) tasks.push(tg.create_task(fetch(item)));
  });
  print(
    "TaskGroup:       ",
    tasks.map((task) => task.result()),
    "took",
    took(),
  );
}

asyncio.run(main());
