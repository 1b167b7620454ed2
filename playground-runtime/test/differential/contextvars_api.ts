// @ts-nocheck
import * as asyncio from "asyncio";
import * as contextvars from "contextvars";

function shown(err: unknown) {
  // Addresses differ between runs: mask them.
  const e = err as Error;
  return `${e.constructor.name}: ${e.message.replace(/0x[0-9a-f]+/g, "0x?")}`;
}

function masked(obj: unknown) {
  return repr(obj).replace(/0x[0-9a-f]+/g, "0x?");
}

const level = new contextvars.ContextVar("level", { default: 1 });
const user = new contextvars.ContextVar<string>("user");
print(level.name, user.name);
print(masked(level), masked(user));
print(level.get(), user.get("nobody"), level.get(null));

try {
  user.get();
} catch (err) {
  if (err instanceof LookupError) print(shown(err));
}

const first = user.set("ann");
print(masked(first), first.var === user, first.old_value);
print(repr(contextvars.Token.MISSING), first.old_value === contextvars.Token.MISSING);
const second = user.set("bob");
print(user.get(), second.old_value);
user.reset(second);
print(user.get(), masked(second));
user.reset(first);
print(user.get("gone"));

for (const attempt of [
  () => user.reset(first),
  () => level.reset(level.set(2)) ?? level.reset(user.set("x") as any),
  () => user.reset("not a token" as any),
  () => new (contextvars.ContextVar as any)(),
  () => new contextvars.ContextVar(42 as any),
  () => new (contextvars.Context as any)(1),
]) {
  try {
    attempt();
  } catch (err) {
    print(shown(err));
  }
}

// A token made in one context cannot reset the variable in another.
const elsewhere = new contextvars.Context();
const token = elsewhere.run(() => level.set(5));
print(level.get(), elsewhere.__getitem__(level));
try {
  level.reset(token);
} catch (err) {
  if (err instanceof ValueError) print(shown(err));
}
elsewhere.run(() => level.reset(token));
print(elsewhere.has(level), level.get());

// Since 3.14 a token is a context manager: leaving it resets the variable.
{
  const entered = level.set(10).__enter__();
  print("inside", level.get(), entered.old_value);
  entered.__exit__(null, null, null);
}
print("outside", level.get());
const manual = user.set("carol");
print(manual.__enter__() === manual, user.get());
manual.__exit__(null, null, null);
print(user.get("reset by __exit__"));

async function main() {
  // asyncio.run's task runs in a copy of the context asyncio.run was called in.
  print("task sees", level.get(), user.get());
  user.set("set in the task");
}

asyncio.run(main());
print("after run", user.get());
