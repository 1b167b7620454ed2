import * as asyncio from "asyncio";

class ValueError extends Error {}

function now() {
  return Math.round(asyncio.get_running_loop().time());
}

async function failAfter(seconds: number) {
  await asyncio.sleep(seconds);
  throw new ValueError(`failed at t=${now()}`);
}

async function work(name: string, seconds: number) {
  try {
    await asyncio.sleep(seconds);
    print(`  t=${now()} ${name}: finished`);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(`  t=${now()} ${name}: cancelled`);
    throw e;
  }
}

async function waitsShielded(task: asyncio.Task<void>) {
  await asyncio.shield(task);
}

async function main() {
  const me = asyncio.current_task()!;

  print("1. a child fails while the body of the TaskGroup is still awaiting");
  try {
    await using tg = new asyncio.TaskGroup();
    tg.create_task(failAfter(1));
    tg.create_task(work("sibling", 5));
    try {
      await asyncio.sleep(10);
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      print(`  t=${now()} body: cancelled too; cancelling() = ${me.cancelling()}`);
      try {
        tg.create_task(work("late", 1));
      } catch (exc) {
        print("  body: create_task now:", (exc as Error).message);
      }
      throw e;
    }
  } catch (group) {
    if (!(group instanceof asyncio.ExceptionGroup)) throw group;
    const inside = group.exceptions.map((exc) => repr(exc));
    print(`  t=${now()} caught ${group.constructor.name}: ${group.message}; inside:`, ...inside);
  }
  print(`  after the block: cancelling() = ${me.cancelling()}`);

  print("2. shield: the outer await is cancelled, the inner task is not");
  const inner = asyncio.create_task(work("shielded", 2));
  const outer = asyncio.create_task(waitsShielded(inner));
  await asyncio.sleep(1);
  outer.cancel();
  await asyncio.sleep(0);
  print(`  t=${now()} outer cancelled:`, outer.cancelled(), "| inner done:", inner.done());
  await inner;

  print("3. timeout: reschedule, and which of two nested timeouts fires");
  let outerCm: asyncio.Timeout | null = null;
  let innerCm: asyncio.Timeout | null = null;
  try {
    await using cm = asyncio.timeout(1);
    outerCm = cm;
    cm.reschedule(asyncio.get_running_loop().time() + 2);
    await using cm2 = asyncio.timeout(5);
    innerCm = cm2;
    await asyncio.sleep(10);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(
      `  t=${now()} TimeoutError: outer expired`,
      outerCm!.expired(),
      "| inner expired",
      innerCm!.expired(),
    );
  }
}

asyncio.run(main());
