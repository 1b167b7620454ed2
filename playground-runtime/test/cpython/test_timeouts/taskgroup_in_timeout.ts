// @ts-nocheck
import * as asyncio from "asyncio";

class ZeroDivisionError extends Error {}

function describe(label, e) {
  const parts = [];
  while (e !== null && e !== undefined) {
    const cause = e.cause ? e.cause.constructor.name : "None";
    parts.push(
      `${e.constructor.name}(cause=${cause}, context is cause: ${e.__context__ === e.cause ? "True" : "False"})`,
    );
    e = e.__context__;
  }
  print(label, parts.join(" <- "));
}

async function crashes_in_cleanup() {
  try {
    await asyncio.sleep(2);
  } finally {
    // biome-ignore lint/correctness/noUnsafeFinally: the scenario raises from finally on purpose
    throw new ZeroDivisionError("division by zero");
  }
}

async function main() {
  try {
    await asyncio.async_with(asyncio.timeout(0.01), async () => {
      await asyncio.async_with(new asyncio.TaskGroup(), async (tg) => {
        tg.create_task(crashes_in_cleanup());
        try {
          throw new ValueError();
        } finally {
          await asyncio.sleep(1);
        }
      });
    });
  } catch (eg) {
    if (!(eg instanceof ExceptionGroup)) throw eg;
    describe("group:", eg);
    print("inside:", eg.exceptions.length);
    describe("its error:", eg.exceptions[0]);
  }
}

asyncio.run(main());
