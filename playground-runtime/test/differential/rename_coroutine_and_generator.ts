// @ts-nocheck
// A coroutine's and an async generator's __name__ and __qualname__ can be set (to a str
// only): reprs, task reprs and the never-awaited warning use the new names, the code keeps
// its own.
import * as asyncio from "asyncio";

const bare = (text) => text.replace(/ at 0x[0-9a-f]+/, "");

async function work() {
  await asyncio.sleep(0);
  return "done";
}

async function* ticks() {
  yield 1;
}

function attempt(label, call) {
  try {
    call();
    print(label, "accepted");
  } catch (e) {
    print(label, "raised", repr(e));
  }
}

async function main() {
  const coro = work();
  coro.__name__ = "renamed";
  coro.__qualname__ = "Outer.renamed";
  print(coro.__name__, coro.__qualname__, coro.cr_code.co_name, coro.cr_code.co_qualname);
  print(bare(repr(coro)));
  const task = asyncio.create_task(coro);
  await asyncio.sleep(0);
  print(bare(repr(task)).replace(/:\d+>>$/, ">>"));
  print(await task);

  const agen = ticks();
  agen.__name__ = "tocks";
  agen.__qualname__ = "Clock.tocks";
  print(agen.__name__, agen.__qualname__, agen.ag_code.co_name);
  print(bare(repr(agen)));
  print(await agen.__anext__());

  attempt("__name__ = 5", () => {
    agen.__name__ = 5;
  });
  attempt("__qualname__ = null", () => {
    agen.__qualname__ = null;
  });
  attempt("coroutine __name__ = ['x']", () => {
    coro.__name__ = ["x"];
  });
  print("still", agen.__name__, agen.__qualname__, coro.__name__);
  await agen.aclose();
}

asyncio.run(main());
