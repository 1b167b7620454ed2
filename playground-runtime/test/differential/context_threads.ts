// @ts-nocheck
import * as asyncio from "asyncio";
import * as contextvars from "contextvars";
import * as time from "time";

const user = new contextvars.ContextVar("user", { default: "nobody" });

function whoami(tag: string) {
  time.sleep(0.5);
  return `${tag}: ${user.get()}`;
}

function set_on_thread(name: string) {
  // The thread runs in a copy: what it sets does not come back to the caller.
  user.set(name);
  return user.get();
}

async function main() {
  user.set("ann");
  const loop = asyncio.get_running_loop();
  // to_thread runs the function in a copy of the caller's context...
  print(await asyncio.to_thread(whoami, "to_thread"));
  // ...run_in_executor does not: the worker thread has a context of its own.
  print(await loop.run_in_executor(null, whoami, "run_in_executor"));
  // Carrying the context by hand, as to_thread does.
  const ctx = contextvars.copy_context();
  print(await loop.run_in_executor(null, (tag: string) => ctx.run(whoami, tag), "ctx.run"));
  print(await asyncio.to_thread(set_on_thread, "bob"), "but main sees", user.get());
  const both = await asyncio.gather(
    asyncio.to_thread(whoami, "first"),
    asyncio.to_thread(whoami, "second"),
  );
  print(both, "at", Math.round(loop.time()));
}

asyncio.run(main());
