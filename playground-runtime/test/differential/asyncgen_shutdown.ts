// @ts-nocheck
// Async generators left suspended when main returns: asyncio.run's shutdown closes them
// (loop.shutdown_asyncgens, after the remaining tasks are cancelled), all at once in a gather,
// and reports one whose cleanup fails to the loop's exception handler. (Which of them CPython
// closes first is an accident of memory, a WeakSet's order: only one of them prints.)
import * as asyncio from "asyncio";

const bare = (text) => text.replace(/ at 0x[0-9a-f]+/, "");

async function* stream(name, cleanupSteps, failing) {
  try {
    for (let i = 0; ; i++) yield `${name}${i}`;
  } finally {
    // Both clean up in as many steps; only the one that succeeds prints.
    if (!failing) print(name, "cleanup begins");
    for (let step = 0; step < cleanupSteps; step++) {
      await asyncio.sleep(0);
      if (!failing) print(name, "cleanup step", step);
    }
    if (failing) throw new ValueError(`${name} could not clean up`);
    print(name, "cleanup ends");
  }
}

async function* neverStarted() {
  try {
    yield "never";
  } finally {
    print("neverStarted finally (never printed: it never ran)");
  }
}

async function worker() {
  try {
    await asyncio.sleep(10);
  } finally {
    print("worker cancelled");
  }
}

async function main() {
  const loop = asyncio.get_running_loop();
  loop.set_exception_handler((_loop, context) => {
    print("handler:", bare(context.message));
    print("handler exception:", repr(context.exception), bare(repr(context.asyncgen)));
  });
  const a = stream("a", 2, false);
  const b = stream("b", 2, true);
  const finished = stream("finished", 0, false);
  for (const agen of [a, b, finished]) print(await agen.__anext__());
  await finished.aclose();
  print(await a.__anext__());
  neverStarted();
  asyncio.create_task(worker());
  await asyncio.sleep(0);
  print("main returns");
}

asyncio.run(main());
print("after run");
