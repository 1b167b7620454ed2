// @ts-nocheck
import * as contextvars from "contextvars";

function isolated(func) {
  return new contextvars.Context().run(func);
}

// What the function raises leaves run() as it is, whatever the arguments.
class ArithmeticError extends Error {}
const ctx = new contextvars.Context();

function fails(..._args) {
  throw new ArithmeticError("division by zero");
}

for (const args of [[], [1, 2]]) {
  try {
    ctx.run(fails, ...args);
  } catch (err) {
    if (err instanceof ArithmeticError) print("ArithmeticError:", err.message);
  }
}

// Nested runs: each context sees only its own values; run returns what the function does.
function nested() {
  const ctx1 = new contextvars.Context();
  const ctx2 = new contextvars.Context();
  const v = new contextvars.ContextVar("var");

  function func2() {
    print("in ctx2:", v.get(null));
  }

  function func1() {
    print("in ctx1 at first:", v.get(null));
    v.set("spam");
    ctx2.run(func2);
    print("in ctx1 after ctx2:", v.get(null));
    const cur = contextvars.copy_context();
    print(cur.length, cur.__getitem__(v));
    return cur;
  }

  const returned = ctx1.run(func1);
  print(ctx1.__eq__(returned), returned.__getitem__(v), returned.has(v));
}

isolated(nested);

// A value set before an exception stays in the run's context, not the caller's.
const v = new contextvars.ContextVar("var");

function sets_then_fails() {
  print("before:", v.get(null));
  v.set("spam");
  throw new ArithmeticError("oops");
}

try {
  ctx.run(sets_then_fails);
} catch (err) {
  if (err instanceof ArithmeticError) {
    print("after the failed run:", v.get(null), ctx.__getitem__(v));
  }
}

// ctx.get sees what the function sets, while it runs.
const ctx6 = new contextvars.Context();
const c = new contextvars.ContextVar("a", { default: 0 });

function fun6() {
  print(c.get(), ctx6.get(c));
  c.set(42);
  print(c.get(), ctx6.get(c));
}

ctx6.run(fun6);

// A context cannot be entered again while it is entered.
const ctx7 = new contextvars.Context();

function fun7() {
  try {
    ctx7.run(fun7);
  } catch (err) {
    if (err instanceof RuntimeError) {
      print("RuntimeError:", err.message.includes("is already entered"));
    }
  }
}

ctx7.run(fun7);
