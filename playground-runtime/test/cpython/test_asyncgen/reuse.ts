// @ts-nocheck
// An async generator's awaitables awaited twice, aclose() called twice or after the end,
// aclose() run as a task beside get_stack(), a send while a step is running, and async for
// over something that is not async iterable.
import * as asyncio from "asyncio";

async function* oneTwo() {
  yield 1;
  yield 2;
}

async function attempt(label, aw) {
  try {
    print(label, "->", await aw);
  } catch (error) {
    print(label, "raised", repr(error));
  }
}

async function main() {
  let it = oneTwo();
  const step = it.__anext__();
  await attempt("anext", step);
  await attempt("same anext again", step);
  await it.aclose();

  const closing = oneTwo().aclose();
  await attempt("aclose", closing);
  await attempt("same aclose again", closing);

  it = oneTwo();
  await attempt("aclose once", it.aclose());
  await attempt("aclose twice", it.aclose());

  it = oneTwo();
  for await (const _ of it) {
  }
  await attempt("aclose after the end", it.aclose());

  asyncio.create_task(oneTwo().aclose());
  for (const task of asyncio.all_tasks()) task.get_stack();
  print("get_stack() works on every task");

  async function over(arg) {
    for await (const _ of arg) {
    }
  }

  await attempt("async for over None", over(null));
}

asyncio.run(main());

class Pass {
  *__await__() {
    return yield 1;
  }
}

async function* forever() {
  while (true) await new Pass();
}

for (const [label, second] of [
  ["asend", (agen) => agen.asend(null)],
  ["athrow", (agen) => agen.athrow(new Exception())],
]) {
  const agen = forever();
  agen.asend(null).send(null);
  try {
    second(agen).send(null);
  } catch (error) {
    if (!(error instanceof RuntimeError)) throw error;
    print(label, "while running:", repr(error));
  }
}
