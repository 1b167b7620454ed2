// @ts-nocheck
// `with cm as x:` written out as Python runs it: __enter__, the body, then __exit__ with the
// body's exception (here a Token's __exit__ never suppresses one).
import * as contextvars from "contextvars";

function with_(cm, body) {
  const value = cm.__enter__();
  try {
    body(value);
  } catch (err) {
    cm.__exit__(err.constructor, err, null);
    throw err;
  }
  cm.__exit__(null, null, null);
}

function in_new_context(func) {
  try {
    new contextvars.Context().run(func);
  } catch (err) {
    print(`run raised ${err.constructor.name}: ${err.message}`);
  }
}

function with_default() {
  const c = new contextvars.ContextVar("c", { default: 42 });
  with_(c.set(36), () => print(c.get()));
  print(c.get());
}

function without_default() {
  const c = new contextvars.ContextVar("c");
  with_(c.set(36), () => print(c.get()));
  try {
    c.get();
  } catch (err) {
    if (err instanceof LookupError) {
      print("LookupError:", err.message.startsWith("<ContextVar name='c'"));
    }
  }
}

function on_exception() {
  const c = new contextvars.ContextVar("c", { default: 42 });
  try {
    with_(c.set(36), () => {
      print(c.get());
      throw new ValueError("custom exception");
    });
  } finally {
    print("after the block:", c.get());
  }
}

function reentrant() {
  const c = new contextvars.ContextVar("c", { default: 42 });
  const token = c.set(36);
  try {
    with_(token, () => with_(token, () => print(c.get())));
  } catch (err) {
    if (err instanceof RuntimeError) {
      print(
        "RuntimeError:",
        err.message.startsWith("<Token ") && err.message.endsWith("has already been used once"),
      );
    }
  }
  print(c.get());
}

function several_sets() {
  const c = new contextvars.ContextVar("c", { default: 42 });
  with_(c.set(36), () => {
    print(c.get());
    c.set(24);
    print(c.get());
    c.set(12);
    print(c.get());
  });
  print(c.get());
}

function reset_the_same_token() {
  const c = new contextvars.ContextVar("c", { default: 42 });
  try {
    with_(c.set(36), (token) => {
      print(c.get());
      c.reset(token);
      print(c.get());
    });
  } catch (err) {
    if (err instanceof RuntimeError) {
      print("RuntimeError:", err.message.includes("has already been used once"));
    }
  }
  print(c.get());
}

function reset_another_token() {
  const c = new contextvars.ContextVar("c", { default: 42 });
  with_(c.set(36), () => {
    print(c.get());
    const token = c.set(24);
    print(c.get());
    c.reset(token);
    print(c.get());
  });
  print(c.get());
}

for (const scenario of [
  with_default,
  without_default,
  on_exception,
  reentrant,
  several_sets,
  reset_the_same_token,
  reset_another_token,
]) {
  print(`-- ${scenario.name}`);
  in_new_context(scenario);
}
