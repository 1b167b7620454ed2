// @ts-nocheck
import * as asyncio from "asyncio";
import * as contextvars from "contextvars";

function shown(err: unknown) {
  const e = err as Error;
  return `${e.constructor.name}: ${e.message.replace(/0x[0-9a-f]+/g, "0x?")}`;
}

const color = new contextvars.ContextVar<string>("color");
const size = new contextvars.ContextVar("size", { default: 0 });
const shape = new contextvars.ContextVar<string>("shape");

function paint(c: string, s: number) {
  color.set(c);
  size.set(s);
  return `painted ${color.get()} ${size.get()}`;
}

const ctx = new contextvars.Context();
print(ctx.length, [...ctx], ctx.has(color));
print(ctx.run(paint, "red", 3));
print("outside:", color.get("unset"), size.get());
print(ctx.length, ctx.has(color), ctx.has(shape), ctx.__getitem__(color), ctx.get(size), ctx.get(shape));
print(ctx.get(shape, "no shape"));
print([...ctx].map((v) => v.name).sort());
print(ctx.keys().map((v) => v.name).sort());
print(ctx.values().map(String).sort());
print(ctx.items().map(([v, value]) => [v.name, value]).sort());

// A copy starts with the same values and then goes its own way.
const other = ctx.copy();
print(other.__eq__(ctx), other.__getitem__(color));
other.run(() => color.set("blue"));
print(ctx.__getitem__(color), other.__getitem__(color), other.__eq__(ctx));

// copy_context() copies the running context: inside run, that is ctx.
function inside() {
  const snapshot = contextvars.copy_context();
  color.set("green");
  return [snapshot.__getitem__(color), color.get()];
}

print(ctx.run(inside), ctx.__getitem__(color));

try {
  ctx.__getitem__(shape);
} catch (err) {
  if (err instanceof KeyError) print("KeyError", shown(err));
}
for (const bad of [
  () => ctx.__getitem__("color" as any),
  () => ctx.__contains__("size" as any),
  () => ctx.get(3 as any),
]) {
  try {
    bad();
  } catch (err) {
    if (err instanceof TypeError) print(shown(err));
  }
}

// A context can be entered by one caller at a time.
function reenter() {
  return ctx.run(() => "never");
}

try {
  ctx.run(reenter);
} catch (err) {
  if (err instanceof RuntimeError) print(shown(err));
}
try {
  (ctx.run as any)();
} catch (err) {
  if (err instanceof TypeError) print(shown(err));
}
try {
  new (contextvars.Token as any)();
} catch (err) {
  if (err instanceof RuntimeError) print(shown(err));
}

// An exception leaves run() after the context is left; what was set stays set.
function fails() {
  shape.set("circle");
  throw new ValueError("boom");
}

try {
  ctx.run(fails);
} catch (err) {
  if (err instanceof ValueError) print("raised", err, ctx.__getitem__(shape), shape.get("none here"));
}
print(ctx.run(() => "entered again"));

async function main() {
  // A task's context is a Context like any other, and the running one during its steps.
  const own = asyncio.current_task().get_context();
  size.set(99);
  print(own.__getitem__(size), contextvars.copy_context().__eq__(own), own.length);
  try {
    own.run(print, "never");
  } catch (err) {
    if (err instanceof RuntimeError) print(shown(err));
  }
}

asyncio.run(main());
