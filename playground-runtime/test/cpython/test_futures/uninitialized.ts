// @ts-nocheck
import * as asyncio from "asyncio";

const loop = asyncio.new_event_loop();

function attempt(label, action) {
  try {
    action();
    print(label, "-> no error");
  } catch (e) {
    if (!(e instanceof RuntimeError || e instanceof asyncio.InvalidStateError)) throw e;
    print(label, "->", e.constructor.name);
  }
}

// Object.create gives the object without running the constructor, as Python's __new__ does.
const bareFuture = () => Object.create(asyncio.Future.prototype);

print("-- created without running __init__");
attempt("result()", () => bareFuture().result());
attempt("exception()", () => bareFuture().exception());
attempt("set_result()", () => bareFuture().set_result(null));
attempt("set_exception()", () => bareFuture().set_exception(Exception));
attempt("cancel()", () => bareFuture().cancel());
attempt("add_done_callback()", () => bareFuture().add_done_callback((_f) => null));
attempt("remove_done_callback()", () => bareFuture().remove_done_callback((_f) => null));
const bare = bareFuture();
print("cancelled:", bare.cancelled(), "done:", bare.done());

print("-- a subclass whose constructor skips Future's");

class MyFut extends asyncio.Future {
  // biome-ignore lint/correctness/noUnreachableSuper: skips Future's constructor, as the Python __init__ does
  constructor(_options) {
    // biome-ignore lint/correctness/noConstructorReturn: the object Future's constructor never saw
    return Object.create(new.target.prototype);
  }
}

const fut = new MyFut({ loop });
try {
  fut.get_loop();
} catch (e) {
  if (!(e instanceof RuntimeError)) throw e;
  print("RuntimeError:", e);
}
loop.close();
