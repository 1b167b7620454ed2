// @ts-nocheck
import * as asyncio from "asyncio";

/** Prints what action() returns, or the type of what it throws. */
function attempt(label, action) {
  try {
    print(label, "->", repr(action()));
  } catch (e) {
    print(label, "raised", e.constructor.name);
  }
}

async function main() {
  const loop = asyncio.get_running_loop();

  print("-- a new future");
  const fresh = new asyncio.Future({ loop });
  print("cancelled:", fresh.cancelled(), "done:", fresh.done());
  fresh.cancel();
  print("after cancel(), cancelled:", fresh.cancelled());

  print("-- cancelled");
  const cancelled = new asyncio.Future({ loop });
  attempt("cancel()", () => cancelled.cancel());
  print("cancelled:", cancelled.cancelled(), "done:", cancelled.done());
  attempt("result()", () => cancelled.result());
  attempt("exception()", () => cancelled.exception());
  attempt("set_result(None)", () => cancelled.set_result(null));
  attempt("set_exception(None)", () => cancelled.set_exception(null));
  attempt("cancel() again", () => cancelled.cancel());

  print("-- a result");
  const finished = new asyncio.Future({ loop });
  attempt("result() too early", () => finished.result());
  finished.set_result(42);
  print("cancelled:", finished.cancelled(), "done:", finished.done());
  attempt("result()", () => finished.result());
  attempt("exception()", () => finished.exception());
  attempt("set_result(None)", () => finished.set_result(null));
  attempt("set_exception(None)", () => finished.set_exception(null));
  attempt("cancel()", () => finished.cancel());

  print("-- an exception");
  const error = new RuntimeError();
  const failed = new asyncio.Future({ loop });
  attempt("exception() too early", () => failed.exception());
  failed.set_exception(error);
  print("cancelled:", failed.cancelled(), "done:", failed.done());
  attempt("result()", () => failed.result());
  print("exception() is the one set:", failed.exception() === error);
  attempt("set_result(None)", () => failed.set_result(null));
  attempt("set_exception(None)", () => failed.set_exception(null));
  attempt("cancel()", () => failed.cancel());

  print("-- an exception class");
  const from_class = new asyncio.Future({ loop });
  from_class.set_exception(RuntimeError);
  print("exception() is a RuntimeError:", from_class.exception() instanceof RuntimeError);
}

asyncio.run(main());
