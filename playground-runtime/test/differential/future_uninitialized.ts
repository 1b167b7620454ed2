// @ts-nocheck
import * as asyncio from "asyncio";

function probe(label, call) {
  try {
    print(label, "->", call());
  } catch (e) {
    if (!(e instanceof asyncio.InvalidStateError || e instanceof RuntimeError)) throw e;
    print(`${label} ${e.constructor.name}:`, e);
  }
}

async function main() {
  // __new__ without __init__: the C Future refuses every method that needs its loop.
  const fresh = () => Object.create(asyncio.Future.prototype);
  probe("get_loop", () => fresh().get_loop());
  probe("result", () => fresh().result());
  probe("exception", () => fresh().exception());
  probe("set_result", () => fresh().set_result(1));
  probe("set_exception", () => fresh().set_exception(new ValueError("x")));
  probe("cancel", () => fresh().cancel());
  probe("add_done_callback", () => fresh().add_done_callback(print));
  probe("remove_done_callback", () => fresh().remove_done_callback(print));
  probe("repr", () => repr(fresh()));
  probe("__await__", () => fresh().__await__());
  probe("done", () => fresh().done());
  probe("cancelled", () => fresh().cancelled());
  probe("isfuture", () => asyncio.isfuture(fresh()));
  try {
    await fresh();
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    print("await:", e);
  }

  // A Task is a Future: the same refusals.
  const task = () => Object.create(asyncio.Task.prototype);
  probe("Task get_loop", () => task().get_loop());
  probe("Task result", () => task().result());
  probe("Task repr", () => repr(task()));
  probe("Task done", () => task().done());

  // An initialised one answers.
  probe(
    "initialised get_loop",
    () => new asyncio.Future().get_loop() === asyncio.get_running_loop(),
  );
}

asyncio.run(main());
