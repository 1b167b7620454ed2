// @ts-nocheck
import * as contextvars from "contextvars";

const ctx1 = new contextvars.Context();
const c = new contextvars.ContextVar("c", { default: 42 });

function ctx1_fun() {
  c.set(10);
  const ctx2 = ctx1.copy();
  print(ctx2.__getitem__(c));
  // Setting in ctx1 afterwards leaves the copy as it was.
  c.set(20);
  print(ctx1.__getitem__(c), ctx2.__getitem__(c));
  ctx2.run(ctx2_fun);
  print(ctx1.__getitem__(c), ctx2.__getitem__(c));
}

function ctx2_fun() {
  print(c.get());
  c.set(30);
  print(c.get());
}

ctx1.run(ctx1_fun);
