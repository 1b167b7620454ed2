// @ts-nocheck
// An exception keeps what it was made with as args, a tuple: asyncio's own, the built-in
// ones, a plain Error (Python's Exception), and the reader's subclasses, with or without
// a constructor of their own; str() and repr() show the args as Python's do.
import * as asyncio from "asyncio";

class Plain extends Error {}

class Coded extends Error {
  constructor(code) {
    super(`code ${code}`);
    this.code = code;
  }
}

class Quiet extends Error {
  constructor() {
    super();
  }
}

function show(label, e) {
  print(label, "args:", e.args, "len:", e.args.length, "str:", `${e}`, "repr:", repr(e));
}

async function cancelledWith(message) {
  const task = asyncio.create_task(asyncio.sleep(1));
  await asyncio.sleep(0);
  task.cancel(message);
  try {
    await task;
  } catch (e) {
    return e;
  }
}

async function main() {
  show("CancelledError('foo')", new asyncio.CancelledError("foo"));
  show("CancelledError()", new asyncio.CancelledError());
  show("TimeoutError()", new asyncio.TimeoutError());
  show("InvalidStateError", new asyncio.InvalidStateError("bad", 2));
  show("QueueEmpty()", new asyncio.QueueEmpty());
  show("KeyError('k')", new KeyError("k"));
  show("ValueError(1, 2)", new ValueError(1, 2));
  show("Error('plain')", new Error("plain"));
  show("Error()", new Error());
  show("Plain('a', 2)", new Plain("a", 2));
  show("Plain()", new Plain());
  show("Coded(7)", new Coded(7));
  show("Quiet()", new Quiet());
  const caused = new Plain("wrapped", { cause: new ValueError("root") });
  show("Plain from ValueError", caused);
  print("  cause:", repr(caused.cause), "first arg:", caused.args[0]);
  show("cancel('stop')", await cancelledWith("stop"));
  show("cancel()", await cancelledWith());
  try {
    await asyncio.wait_for(asyncio.sleep(1), 0.01);
  } catch (e) {
    show("wait_for's TimeoutError", e);
  }
  const [a, b] = new ValueError("x", "y").args;
  print("unpacked:", a, b);
}

asyncio.run(main());
