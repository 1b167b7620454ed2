// @ts-nocheck
import * as contextvars from "contextvars";

// Context() takes no arguments, positional or keyword.
for (const make of [
  () => new contextvars.Context(1),
  () => new contextvars.Context(1, { a: 1 }),
  () => new contextvars.Context({ a: 1 }),
]) {
  try {
    make();
  } catch (err) {
    if (err instanceof TypeError) print("TypeError:", err.message);
  }
}
print(new contextvars.Context().length);

// Its keys are ContextVars, and nothing else.
const ctx = new contextvars.Context();
for (const use of [() => ctx.__getitem__(1), () => ctx.has(1), () => ctx.get(1)]) {
  try {
    use();
  } catch (err) {
    if (err instanceof TypeError) print("TypeError:", err.message);
  }
}

print(contextvars.copy_context() instanceof contextvars.Context);

try {
  ctx.run();
} catch (err) {
  if (err instanceof TypeError) print("TypeError:", err.message);
}
