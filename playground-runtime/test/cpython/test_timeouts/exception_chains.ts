// @ts-nocheck
import * as asyncio from "asyncio";

class ZeroDivisionError extends Error {}

function describe(label, e) {
  // Each exception down the __context__ chain, with its __cause__.
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

async function crash() {
  try {
    await asyncio.sleep(1);
  } finally {
    // biome-ignore lint/correctness/noUnsafeFinally: the scenario raises from finally on purpose
    throw new ZeroDivisionError("division by zero");
  }
}

async function main() {
  // Error in flight when the deadline hits.
  try {
    await asyncio.async_with(asyncio.timeout(0.01), async () => {
      try {
        throw new ZeroDivisionError("division by zero");
      } finally {
        await asyncio.sleep(1);
      }
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    describe("in flight:", e);
  }

  // An error raised while the timeout's cancellation unwinds.
  try {
    await asyncio.async_with(asyncio.timeout(0.01), async () => {
      await crash();
    });
  } catch (e) {
    if (!(e instanceof ZeroDivisionError)) throw e;
    describe("on timeout:", e);
  }

  try {
    await asyncio.async_with(asyncio.timeout(0.01), async () => {
      try {
        try {
          throw new ValueError();
        } finally {
          await asyncio.sleep(1);
        }
      } finally {
        try {
          // biome-ignore lint/correctness/noUnsafeFinally: the scenario raises from finally on purpose
          throw new KeyError();
        } finally {
          // biome-ignore lint/correctness/noUnsafeFinally: the scenario raises from finally on purpose
          throw new ZeroDivisionError("division by zero");
        }
      }
    });
  } catch (e) {
    if (!(e instanceof ZeroDivisionError)) throw e;
    describe("on timeout, nested:", e);
  }

  // A timeout inside the clean-up of another that expired.
  let inner = null;
  try {
    await asyncio.async_with(asyncio.timeout(0.01), async () => {
      try {
        await asyncio.sleep(1);
      } finally {
        try {
          await asyncio.async_with(asyncio.timeout(0.01), async () => {
            await asyncio.sleep(10);
          });
        } catch (e) {
          // biome-ignore lint/correctness/noUnsafeFinally: only an unexpected error escapes the clean-up, as in Python
          if (!(e instanceof asyncio.TimeoutError)) throw e;
          inner = e;
        }
      }
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    describe("outer:", e);
    describe("inner:", inner);
    print("inner's context is outer's cause:", inner.cause.__context__ === e.cause);
  }
}

asyncio.run(main());
