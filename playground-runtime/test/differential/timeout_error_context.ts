// @ts-nocheck
// The TimeoutError of wait_for and asyncio.timeout is raised from the CancelledError it
// replaces, while that one is being handled: it is both its cause and its context, whether
// the deadline passed while waiting or the timeout was zero and the task was cancelled at once.
import * as asyncio from "asyncio";

async function slow() {
  await asyncio.sleep(1);
}

function show(label, e) {
  const context = e.__context__;
  print(label, repr(e), "context:", repr(context), "cause is context:", e.cause === context);
  print("  context's context:", repr(context?.__context__ ?? null));
}

async function main() {
  try {
    await asyncio.wait_for(slow(), 0.1);
  } catch (e) {
    show("wait_for(0.1)", e);
  }
  try {
    await asyncio.wait_for(asyncio.create_task(slow()), 0);
  } catch (e) {
    show("wait_for(0)", e);
  }
  try {
    await using _ = asyncio.timeout(0.1);
    await slow();
  } catch (e) {
    show("timeout(0.1)", e);
  }
  // Raised inside an except block of our own, it chains to what that block handles too.
  try {
    try {
      throw new ValueError("outer");
    } catch {
      await asyncio.wait_for(slow(), 0);
    }
  } catch (e) {
    show("wait_for(0) in an except", e);
  }
}

asyncio.run(main());
