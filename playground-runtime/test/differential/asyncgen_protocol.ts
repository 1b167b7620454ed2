// @ts-nocheck
// An async generator driven through its protocol by hand: __aiter__, __anext__, asend,
// athrow and aclose, and what it says about itself on the way.
import * as asyncio from "asyncio";

const bare = (text) => text.replace(/ at 0x[0-9a-f]+/, "");

async function* counter(limit) {
  let sent = null;
  try {
    for (let i = 0; i < limit; i++) {
      await asyncio.sleep(0);
      try {
        sent = yield [i, sent];
      } catch (error) {
        if (!(error instanceof ValueError)) throw error;
        print("counter caught", repr(error));
        sent = "after-throw";
      }
    }
  } finally {
    print("counter finally, running:", agen.ag_running);
  }
}

let agen;

async function main() {
  agen = counter(5);
  print(bare(repr(agen)), agen.__name__, agen.__qualname__, agen.ag_code.co_name);
  print("aiter is itself:", agen.__aiter__() === agen, "running:", agen.ag_running);
  print("frame before:", agen.ag_frame !== null, "await:", agen.ag_await);
  const step = agen.__anext__();
  print(bare(repr(step)), "is a coroutine:", asyncio.iscoroutine(step));
  print("first:", await step);
  print("asend:", await agen.asend("hello"));
  print("athrow:", await agen.athrow(new ValueError("boom")));
  print("anext again:", await agen.__anext__());
  const closing = agen.aclose();
  print(bare(repr(closing)), "is a coroutine:", asyncio.iscoroutine(closing));
  print("aclose gives:", await closing);
  print("frame after:", agen.ag_frame, "running:", agen.ag_running);
  try {
    await agen.__anext__();
  } catch (error) {
    print("anext after close:", repr(error));
  }
  print("aclose again:", await agen.aclose());
  agen = null;
}

asyncio.run(main());
