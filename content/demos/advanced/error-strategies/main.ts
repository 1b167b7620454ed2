import * as asyncio from "asyncio";

class ValueError extends Error {}

async function job(name: string, seconds: number, fail = false) {
  await asyncio.sleep(seconds);
  if (fail) throw new ValueError(`${name} failed`);
  return name;
}

// a succeeds after 1 s, b fails after 2 s, c succeeds after 3 s
const jobs = () => [job("a", 1), job("b", 2, true), job("c", 3)];

// one policy for every job: log the error, return a fallback
async function safe<T>(coro: Promise<T>, fallback: T) {
  try {
    return await coro;
  } catch (error) {
    print(`   safe(): ${(error as Error).message}, using ${fallback}`);
    return fallback;
  }
}

async function main() {
  const loop = asyncio.get_running_loop();
  // a stopwatch: at() tells the seconds since clock() was called
  const clock = () => {
    const t0 = loop.time();
    return () => `after ${Math.round(loop.time() - t0)} s`;
  };

  print("1. plain gather: the first error reaches you; the rest keep running");
  let at = clock();
  const tasks = jobs().map((coro) => asyncio.create_task(coro));
  try {
    await asyncio.gather(...tasks);
  } catch (error) {
    print("   caught:", error, at(), "- c done?", tasks[2].done());
  }
  print("   c finishes anyway:", await tasks[2], at());

  print("2. return_exceptions: every outcome, errors in place");
  at = clock();
  const outcomes = await asyncio.gather(...jobs(), { return_exceptions: true });
  print(
    "  ",
    outcomes.map((r) => (r instanceof Error ? `error: ${r.message}` : r)),
    at(),
  );

  print("3. a try per task, as each one finishes");
  at = clock();
  for (const next of asyncio.as_completed(jobs())) {
    try {
      print("   got", await next, at());
    } catch (error) {
      print("   handled:", error, at());
    }
  }

  print("4. a wrapper: the same handling for every job");
  at = clock();
  const safely = await asyncio.gather(...jobs().map((coro) => safe(coro, "-")));
  print("  ", safely, at());

  print("5. TaskGroup: the first error cancels the rest");
  at = clock();
  let c: asyncio.Task<string> | null = null;
  try {
    await asyncio.async_with(new asyncio.TaskGroup(), async (tg) => {
      tg.create_task(job("a", 1));
      tg.create_task(job("b", 2, true));
      c = tg.create_task(job("c", 3));
    });
  } catch (error) {
    const group = error as asyncio.ExceptionGroup;
    print("  ", group.message, group.exceptions, at());
    print("   c cancelled?", c!.cancelled());
  }
}

asyncio.run(main());
