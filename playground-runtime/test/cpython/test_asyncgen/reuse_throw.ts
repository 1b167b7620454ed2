// @ts-nocheck
// throw() into an aclose()/athrow() awaitable by hand, twice: the first throw finishes it,
// the second finds it already used.

async function* oneTwo() {
  yield 1;
  yield 2;
}

class MyException extends Exception {}

function throwInto(label, step, error) {
  try {
    print(label, "->", step.throw(error));
  } catch (raised) {
    print(label, "raised", repr(raised));
  }
}

for (const [label, make, error] of [
  ["aclose, GeneratorExit", () => oneTwo().aclose(), GeneratorExit],
  ["aclose, custom", () => oneTwo().aclose(), MyException],
  ["athrow, custom", () => oneTwo().athrow(new MyException()), MyException],
]) {
  const step = make();
  throwInto(label, step, new error());
  throwInto(`${label} again`, step, new error());
}

async function* endsAtOnce() {}

throwInto("aclose of a finished one", endsAtOnce().aclose(), new MyException());
