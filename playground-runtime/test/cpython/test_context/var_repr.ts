// @ts-nocheck
import * as contextvars from "contextvars";

function masked(obj) {
  return repr(obj).replace(/0x[0-9a-f]+/g, "0x?");
}

function scenario() {
  print(masked(new contextvars.ContextVar("a")));
  print(masked(new contextvars.ContextVar("a", { default: 123 })));
  // A default that contains the variable itself is shown as [...] the second time round.
  const lst = [];
  const c = new contextvars.ContextVar("a", { default: lst });
  lst.push(c);
  print(masked(c));
  print(masked(lst));
  // A token's repr shows its variable's, and says "used" once reset has used it.
  const t = c.set(1);
  print(masked(t).includes(masked(c)), repr(t).includes(" used "));
  c.reset(t);
  print(repr(t).includes(" used "));
}

new contextvars.Context().run(scenario);
