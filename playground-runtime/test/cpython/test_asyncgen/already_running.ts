// @ts-nocheck
// An async generator's awaitables used while another one of its steps is still running:
// what each raises, stepped by hand without a loop.

class Pass {
  constructor(value) {
    this.value = value;
  }

  *__await__() {
    return yield this.value;
  }
}

class MyExc extends Exception {}

function start(agen) {
  try {
    agen.asend(null).send(null);
  } catch (error) {
    if (!(error instanceof StopIteration)) throw error;
    print("the first step stops at the bare yield: StopIteration");
  }
}

function attempt(label, thunk) {
  try {
    print(label, "->", thunk());
  } catch (error) {
    print(label, "raised", repr(error));
  }
}

async function* reenters() {
  try {
    await anext(me);
  } catch (error) {
    if (!(error instanceof RuntimeError)) throw error;
    print("inside, anext of itself:", repr(error));
    throw error;
  }
  yield 123;
}

const me = reenters();
const step = me.__aiter__().__anext__();
attempt("exception 12, step", () => step.__next__());
attempt("then send", () => step.send(null));

async function* loopsForever() {
  while (true) {
    try {
      await new Pass(null);
    } catch (error) {
      if (!(error instanceof MyExc)) throw error;
    }
  }
}

print("-- asend/athrow thrown into while a send is running");
let agen = loopsForever();
let first = agen.asend(null);
first.send(null);
let second = agen.asend(null);
attempt("asend throw", () => second.throw(new MyExc()));
attempt("asend send", () => second.send(null));

agen = loopsForever();
first = agen.asend(null);
first.send(null);
second = agen.athrow(new MyExc());
attempt("athrow throw", () => second.throw(new MyExc()));
attempt("athrow send", () => second.send(null));

async function* catchesThenLoops() {
  try {
    yield;
  } catch (error) {
    if (!(error instanceof MyExc)) throw error;
  }
  while (true) {
    try {
      await new Pass(null);
    } catch (error) {
      if (!(error instanceof MyExc)) throw error;
    }
  }
}

print("-- asend/athrow thrown into while a throw is running");
agen = catchesThenLoops();
start(agen);
agen.athrow(new MyExc()).throw(new MyExc());
second = agen.asend(new MyExc());
attempt("asend throw", () => second.throw(new MyExc()));
attempt("asend send", () => second.send(null));

agen = catchesThenLoops();
start(agen);
agen.athrow(new MyExc()).throw(new MyExc());
second = agen.athrow(null);
attempt("athrow throw", () => second.throw(new MyExc()));
attempt("athrow send", () => second.send(null));
