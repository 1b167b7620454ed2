import * as asyncio from "asyncio";

function now() {
  return Math.round(asyncio.get_running_loop().time());
}

/** How many futures wait in the lock's deque (a private attribute, for the demo's sake). */
function waiting(lock: asyncio.Lock) {
  return lock._waiters ? lock._waiters.length : 0;
}

async function user(lock: asyncio.Lock, name: string, again = false) {
  print(`t=${now()} ${name}: acquire() with ${waiting(lock)} waiting, locked`, lock.locked());
  await lock.acquire();
  print(`t=${now()} ${name}: has the lock`);
  await asyncio.sleep(1);
  lock.release();
  print(`t=${now()} ${name}: released; ${waiting(lock)} waiting, locked`, lock.locked());
  if (again) {
    await user(lock, name); // straight back: may it jump the queue?
  }
}

async function consumer(queue: asyncio.Queue<string>) {
  while (true) {
    let item: string;
    try {
      item = await queue.get();
    } catch (e) {
      if (!(e instanceof asyncio.QueueShutDown)) throw e;
      print(`t=${now()} consumer: QueueShutDown, the queue is empty and shut down`);
      return;
    }
    print(`t=${now()} consumer: got ${item}`);
  }
}

async function main() {
  print("-- a Lock: a flag and a deque of futures --");
  const lock = new asyncio.Lock();
  const tasks = [
    asyncio.create_task(user(lock, "A", true)),
    asyncio.create_task(user(lock, "B")),
    asyncio.create_task(user(lock, "C")),
  ];
  await asyncio.gather(...tasks);

  print("-- a woken waiter is cancelled: it hands the lock on --");
  await lock.acquire();
  const x = asyncio.create_task(user(lock, "X"));
  const y = asyncio.create_task(user(lock, "Y"));
  await asyncio.sleep(0);
  lock.release(); // wakes X's future...
  x.cancel(); // ...but X is cancelled before it runs
  await asyncio.gather(x, y, { return_exceptions: true });
  print(`t=${now()} X cancelled:`, x.cancelled());

  print("-- a Queue: items, and a deque of getters --");
  const queue = new asyncio.Queue<string>();
  const reader = asyncio.create_task(consumer(queue));
  await asyncio.sleep(0);
  print(`t=${now()} main: ${queue._getters.length} getter waiting; put two items, shut down`);
  queue.put_nowait("job 1");
  queue.put_nowait("job 2");
  queue.shutdown();
  await reader;
}

asyncio.run(main());
