// @ts-nocheck
import * as asyncio from "asyncio";

async function slow_to_stop(name, turns) {
  // Takes `turns` extra loop turns to finish cancelling, then re-raises as is.
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    for (let i = 0; i < turns; i++) await asyncio.sleep(0);
    print(" ", name, "stops");
    throw e;
  }
}

async function own_message(name, turns) {
  // Replaces the cancellation with one of its own.
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    for (let i = 0; i < turns; i++) await asyncio.sleep(0);
    print(" ", name, "stops with its own message");
    throw new asyncio.CancelledError(`${name}'s own`);
  }
}

async function outcome(label, group, msg = null) {
  await asyncio.sleep(0);
  print(label);
  print("  cancel:", group.cancel(msg));
  try {
    const result = await group;
    print(
      "  result:",
      result.map((r) => repr(r)),
    );
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("  raised:", repr(e));
  }
}

async function main() {
  // The gather re-raises its last child's error (argument order), even when another
  // child is the last to finish.
  await outcome(
    "last child replaces, first finishes last",
    asyncio.gather(slow_to_stop("a", 3), own_message("b", 0), { return_exceptions: true }),
    "G",
  );
  await outcome(
    "first child replaces, last finishes last",
    asyncio.gather(own_message("a", 0), slow_to_stop("b", 3), { return_exceptions: true }),
    "G",
  );
  await outcome(
    "without return_exceptions the first to finish decides",
    asyncio.gather(slow_to_stop("a", 3), own_message("b", 0)),
    "G",
  );
  await outcome(
    "no message",
    asyncio.gather(slow_to_stop("a", 1), slow_to_stop("b", 0), { return_exceptions: true }),
  );

  // Nested: the inner gather is the outer one's child; its error is what it re-raises.
  let inner = asyncio.gather(slow_to_stop("x", 2), own_message("y", 0), {
    return_exceptions: true,
  });
  await outcome(
    "nested, inner gather last",
    asyncio.gather(slow_to_stop("z", 4), inner, { return_exceptions: true }),
    "N",
  );
  inner = asyncio.gather(own_message("x", 0), slow_to_stop("y", 2), { return_exceptions: true });
  await outcome(
    "nested, inner gather first",
    asyncio.gather(inner, own_message("z", 1), { return_exceptions: true }),
    "N",
  );

  // A child cancelled on its own, without the gather being cancelled: with
  // return_exceptions it is one of the results, a fresh CancelledError with its message.
  const lone = asyncio.ensure_future(slow_to_stop("c", 0));
  const group = asyncio.gather(lone, asyncio.sleep(0.1, "slept"), { return_exceptions: true });
  await asyncio.sleep(0);
  lone.cancel("only me");
  print(
    "lone child cancelled:",
    (await group).map((r) => repr(r)),
  );

  // Duplicates count once, and the last child is still the last argument.
  const twice = asyncio.ensure_future(own_message("d", 0));
  await outcome(
    "duplicate last child",
    asyncio.gather(slow_to_stop("e", 2), twice, twice, { return_exceptions: true }),
    "D",
  );
}

asyncio.run(main());
