// @ts-nocheck
import * as asyncio from "asyncio";

function suspend(value) {
  // Yields `value` to whoever drives the coroutine, and returns what is sent back.
  return {
    *__await__() {
      const sent = yield value;
      return sent;
    },
  };
}

function attempt(label, call) {
  try {
    print(label, "->", repr(call()));
  } catch (e) {
    if (e instanceof StopIteration) print(label, "StopIteration", repr(e.value), repr(e));
    else print(`${label} ${e.constructor.name}:`, e);
  }
}

async function catcher() {
  try {
    let got = await suspend("first");
    print("  catcher got", repr(got));
    await suspend("second");
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    print("  catcher caught", repr(e));
    const got = await suspend("after the catch");
    return `returned ${got}`;
  }
  return "end";
}

async function plain() {
  await suspend("only");
  return 42;
}

async function finalizer() {
  try {
    await suspend("in try");
  } finally {
    print("  finally runs");
  }
}

async function stubborn() {
  try {
    await suspend("once");
  } finally {
    await suspend("again");
  }
}

function main() {
  // send: the value yielded next, or StopIteration carrying the return value.
  let c = catcher();
  attempt("send(1) to a new coroutine", () => c.send(1));
  attempt("send(None)", () => c.send(null));
  attempt("send('x')", () => c.send("x"));
  // throw: handled, so it returns what the coroutine yields next.
  attempt("throw(ValueError('boom'))", () => c.throw(new ValueError("boom")));
  attempt("send('y')", () => c.send("y"));
  attempt("send after the end", () => c.send(null));
  attempt("throw after the end", () => c.throw(new ValueError("late")));
  attempt("close after the end", () => c.close());

  // throw that is not handled propagates, and the coroutine is finished.
  c = plain();
  attempt("send(None)", () => c.send(null));
  attempt("throw(KeyError('k'))", () => c.throw(new KeyError("k")));
  attempt("send after", () => c.send(null));

  // throw with a class makes an instance.
  c = plain();
  c.send(null);
  attempt("throw(ValueError)", () => c.throw(ValueError));

  // throw into a new coroutine raises at its start.
  c = plain();
  attempt("throw into a new one", () => c.throw(new RuntimeError("early")));
  attempt("its state", () => c.cr_frame === null);

  // A coroutine's return ends with StopIteration(value); None gives a bare one.
  c = plain();
  c.send(null);
  attempt("send to finish", () => c.send(null));
  c = finalizer();
  c.send(null);
  attempt("send to finish with None", () => c.send(null));

  // close: finally blocks run, close returns None; a new coroutine just closes.
  c = finalizer();
  attempt("send(None)", () => c.send(null));
  attempt("close()", () => c.close());
  attempt("close() again", () => c.close());
  attempt("close() a new one", () => finalizer().close());
  c = stubborn();
  c.send(null);
  attempt("close() one that awaits in finally", () => c.close());
}

main();
