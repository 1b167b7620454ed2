// @ts-nocheck
// `for await` over as_completed (3.13's async-iterator form): each task as it finishes, the
// task itself rather than a coroutine giving its result.
import * as asyncio from "asyncio";

async function job(name, delay) {
  await asyncio.sleep(delay);
  if (name === "failing") throw new ValueError("job failed");
  return name;
}

async function main() {
  const aws = [job("slow", 0.3), job("fast", 0.1), job("failing", 0.2)];
  for await (const done of asyncio.as_completed(aws)) {
    print("finished:", done.done(), done.exception() === null ? done.result() : repr(done.exception()));
  }
  try {
    for await (const done of asyncio.as_completed([job("late", 1)], { timeout: 0.5 })) {
      print("never", done);
    }
  } catch (error) {
    print("timeout:", repr(error));
  }
}

asyncio.run(main());
