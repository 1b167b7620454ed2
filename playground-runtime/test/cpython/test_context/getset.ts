// @ts-nocheck
import * as contextvars from "contextvars";

function isolated(func) {
  new contextvars.Context().run(func);
}

function get_set_reset() {
  const c = new contextvars.ContextVar("c");
  try {
    c.get();
  } catch (err) {
    if (err instanceof LookupError) print("LookupError before any set");
  }
  print(c.get(null));

  const t0 = c.set(42);
  print(
    c.get(),
    c.get(null),
    t0.old_value === contextvars.Token.MISSING,
    t0.old_value === contextvars.Token.MISSING,
    t0.var === c,
  );
  const t = c.set("spam");
  print(c.get(), c.get(null), t.old_value);
  c.reset(t);
  print(c.get(), c.get(null));

  c.set("spam2");
  try {
    c.reset(t);
  } catch (err) {
    if (err instanceof RuntimeError)
      print("RuntimeError:", err.message.includes("has already been used"));
  }
  print(c.get());

  const ctx1 = contextvars.copy_context();
  print(ctx1.has(c));
  c.reset(t0);
  try {
    c.reset(t0);
  } catch (err) {
    if (err instanceof RuntimeError)
      print("RuntimeError:", err.message.includes("has already been used"));
  }
  print(c.get(null));

  // The copy made before the reset keeps its value.
  print(ctx1.has(c), ctx1.__getitem__(c), ctx1.get(c, "aa"), ctx1.length);
  print(
    ctx1
      .items()
      .filter(([v]) => v === c)
      .map(([, value]) => value),
    ctx1.values(),
  );
  print(
    ctx1.keys().length === 1 && ctx1.keys()[0] === c,
    [...ctx1].length === 1 && [...ctx1][0] === c,
  );

  const ctx2 = contextvars.copy_context();
  print(ctx2.has(c));
  try {
    ctx2.__getitem__(c);
  } catch (err) {
    if (err instanceof KeyError) print("KeyError");
  }
  print(ctx2.get(c, "aa"), ctx2.length, [...ctx2]);
}

isolated(get_set_reset);

function other_var() {
  const v1 = new contextvars.ContextVar("v1");
  const v2 = new contextvars.ContextVar("v2");
  const t1 = v1.set(42);
  try {
    v2.reset(t1);
  } catch (err) {
    if (err instanceof ValueError) print("ValueError:", err.message.includes("by a different"));
  }
}

isolated(other_var);

function inside_another() {
  const c = new contextvars.ContextVar("c", { default: 42 });
  const ctx = new contextvars.Context();

  function fun() {
    print(c.get());
    try {
      ctx.__getitem__(c);
    } catch (err) {
      if (err instanceof KeyError) print("KeyError");
    }
    print(ctx.get(c), ctx.get(c, "spam"), ctx.has(c), ctx.keys());
    const t = c.set(1);
    print(ctx.keys().length === 1 && ctx.keys()[0] === c, ctx.__getitem__(c));
    c.reset(t);
    print(ctx.keys());
    try {
      ctx.__getitem__(c);
    } catch (err) {
      if (err instanceof KeyError) print("KeyError again");
    }
  }

  ctx.run(fun);
}

isolated(inside_another);

function token_from_elsewhere() {
  const c = new contextvars.ContextVar("c", { default: 42 });
  const ctx = new contextvars.Context();
  const tok = ctx.run(() => c.set(1));
  try {
    c.reset(tok);
  } catch (err) {
    if (err instanceof ValueError) print("ValueError:", err.message.includes("different Context"));
  }
}

isolated(token_from_elsewhere);

function mutable_value() {
  const c = new contextvars.ContextVar("c", { default: 42 });
  c.set([]);

  function fun() {
    c.set([]);
    c.get().push(42);
    print(c.get());
  }

  contextvars.copy_context().run(fun);
  print(c.get());
}

isolated(mutable_value);
