// @ts-nocheck
import * as asyncio from "asyncio";

function show(e) {
  print(`${e.constructor.name}: str=${repr(String(e))} repr=${repr(e)} f=${e} args=${tuple(e.args)}`);
}

// Python's repr of a tuple, for printing `args`.
function tuple(items) {
  return items.length === 1 ? `(${repr(items[0])},)` : `(${items.map(repr).join(", ")})`;
}

async function main() {
  // KeyError's str is the repr of its one argument; every other class prints it as is.
  for (const cls of [
    Exception,
    BaseException,
    RuntimeError,
    RecursionError,
    ValueError,
    LookupError,
    KeyError,
    IndexError,
    TimeoutError,
    KeyboardInterrupt,
    asyncio.CancelledError,
    asyncio.InvalidStateError,
    asyncio.BrokenBarrierError,
    asyncio.QueueEmpty,
    asyncio.QueueFull,
    asyncio.QueueShutDown,
  ]) {
    print(`--- ${cls.name}`);
    show(new cls());
    show(new cls("x"));
    show(new cls(""));
    show(new cls(3));
    show(new cls("a", "b"));
    show(new cls("it's"));
  }
  // SystemExit's argument is its code.
  show(new SystemExit());
  show(new SystemExit(2));
  show(new SystemExit("bye"));

  // Groups: the message and a count; the repr shows the exceptions.
  const group = new ExceptionGroup("two", [new ValueError(1), new KeyError("k")]);
  show(group);
  print(group.exceptions.map((e) => String(e)));

  // What the loop raises carries its arguments too.
  const q = new asyncio.Queue();
  try {
    q.get_nowait();
  } catch (e) {
    if (!(e instanceof asyncio.QueueEmpty)) throw e;
    show(e);
  }
  const fut = asyncio.get_running_loop().create_future();
  try {
    fut.result();
  } catch (e) {
    if (!(e instanceof asyncio.InvalidStateError)) throw e;
    show(e);
  }
  try {
    throw new KeyError("missing");
  } catch (e) {
    if (!(e instanceof KeyError)) throw e;
    print("caught:", e);
    print("in an f-string:", `<${e}>`);
  }
}

asyncio.run(main());
