// @ts-nocheck
// Closing an asend()/athrow() awaitable whose generator awaits again on GeneratorExit.

class Pass {
  *__await__() {
    return yield null;
  }
}

class MyExc extends Exception {}

function close(label, step) {
  try {
    step.close();
    print(label, "closed");
  } catch (error) {
    if (!(error instanceof RuntimeError)) throw error;
    print(label, "raised", repr(error));
  }
}

async function* awaitsOnExit() {
  try {
    await new Pass();
  } catch (error) {
    if (!(error instanceof GeneratorExit)) throw error;
    await new Pass();
  }
}

let step = awaitsOnExit().asend(null);
step.send(null);
close("asend", step);

async function* awaitsOnExitAfterThrow() {
  try {
    yield;
  } catch (error) {
    if (!(error instanceof MyExc)) throw error;
    try {
      await new Pass();
    } catch (exit) {
      if (!(exit instanceof GeneratorExit)) throw exit;
      await new Pass();
    }
  }
}

const agen = awaitsOnExitAfterThrow();
try {
  agen.asend(null).send(null);
} catch (error) {
  if (!(error instanceof StopIteration)) throw error;
  print("first step: StopIteration");
}
step = agen.athrow(new MyExc());
step.send(null);
close("athrow", step);
