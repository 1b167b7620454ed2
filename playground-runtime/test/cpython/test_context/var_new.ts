// @ts-nocheck
import * as contextvars from "contextvars";

// A ContextVar needs exactly one name, and the name must be a str.
for (const make of [() => new contextvars.ContextVar(), () => new contextvars.ContextVar(1)]) {
  try {
    make();
  } catch (err) {
    if (err instanceof TypeError) print("TypeError:", err.message);
  }
}

const c = new contextvars.ContextVar("aaa");
print(c.name);
// The name cannot be changed afterwards.
try {
  c.name = "bbb";
  print("renamed to", c.name);
} catch (err) {
  print(`${err.constructor.name}:`, err.message);
}
// JavaScript has no hash(): identity is what a Context keys on.
print("hash differs from the name's:", c !== "aaa");
