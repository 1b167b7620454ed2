// @ts-nocheck
// CPython's errors for async generators used the wrong way, each caught and printed.
import * as asyncio from "asyncio";

async function attempt(label, aw) {
  try {
    print(label, "->", await aw);
  } catch (error) {
    print(label, "raised", repr(error));
  }
}

async function* slow() {
  await asyncio.sleep(0.1);
  yield "slow value";
}

async function* stubborn() {
  try {
    yield 1;
  } finally {
    yield "one more";
  }
}

async function* leaky() {
  yield 1;
  throw new StopAsyncIteration();
}

async function* awaitingFinally() {
  try {
    yield 1;
  } finally {
    print("cleanup starts");
    await asyncio.sleep(0.1);
    print("cleanup done");
  }
}

async function main() {
  const a = slow();
  const first = asyncio.create_task(attempt("first anext", a.__anext__()));
  await asyncio.sleep(0);
  await attempt("second anext", a.__anext__());
  await attempt("athrow meanwhile", a.athrow(new ValueError("x")));
  await attempt("aclose meanwhile", a.aclose());
  await first;

  const b = slow();
  const step = b.__anext__();
  await attempt("step", step);
  await attempt("step reused", step);
  const closing = b.aclose();
  await attempt("aclose", closing);
  await attempt("aclose reused", closing);

  const early = slow();
  await attempt("send to a new one", early.asend("early"));

  const c = stubborn();
  await attempt("stubborn anext", c.__anext__());
  await attempt("stubborn aclose", c.aclose());

  const d = leaky();
  await attempt("leaky 1", d.__anext__());
  await attempt("leaky 2", d.__anext__());
  await attempt("leaky 3", d.__anext__());

  const e = awaitingFinally();
  await attempt("e anext", e.__anext__());
  await attempt("e aclose", e.aclose());
  await attempt("e athrow after close", e.athrow(new ValueError("late")));

  const f = slow();
  await attempt("athrow into a new one", f.athrow(new ValueError("at start")));
  await attempt("then anext", f.__anext__());
  await a.aclose();
  await early.aclose();
  // The stubborn one is left for the shutdown, which reports it (on stderr).
}

asyncio.run(main());
