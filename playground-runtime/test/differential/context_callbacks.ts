// @ts-nocheck
import * as asyncio from "asyncio";
import * as contextvars from "contextvars";

const step = new contextvars.ContextVar("step", { default: "unset" });

function show(label: string) {
  print(label, "runs with step =", step.get());
}

function bump(label: string) {
  // What a callback sets stays in the context it ran in.
  step.set(label);
  print(label, "set step");
}

async function main() {
  const loop = asyncio.get_running_loop();
  const mine = new contextvars.Context();
  mine.run(() => step.set("mine"));

  step.set("scheduled");
  // Without a context, a handle copies the current context when it is scheduled...
  loop.call_soon(show, "call_soon");
  loop.call_later(0.1, show, "call_later");
  loop.call_at(loop.time() + 0.2, show, "call_at");
  loop.call_soon_threadsafe(show, "call_soon_threadsafe");
  step.set("changed later");
  // ...with one, it runs in that very context.
  loop.call_soon(show, "call_soon(context=mine)", { context: mine });
  loop.call_later(0.1, show, "call_later(context=mine)", { context: mine });
  loop.call_at(loop.time() + 0.2, show, "call_at(context=mine)", { context: mine });
  loop.call_soon_threadsafe(show, "call_soon_threadsafe(context=mine)", { context: mine });
  const handle = loop.call_soon(bump, "bumped", { context: mine });
  loop.call_soon(show, "after the bump", { context: mine });
  print(handle.get_context() === mine, loop.call_soon(print).get_context() === mine);
  await asyncio.sleep(0.3);
  print("main still sees", step.get(), "and mine holds", mine.__getitem__(step));

  // A handler set with set_exception_handler runs in the failed handle's context.
  function handler(_loop: unknown, ctx: { exception?: unknown }) {
    print("handler sees", step.get(), "for", (ctx.exception as Error).constructor.name);
  }

  function fail() {
    throw new ValueError("no");
  }

  loop.set_exception_handler(handler);
  loop.call_soon(fail, { context: mine });
  await asyncio.sleep(0);
  loop.set_exception_handler(null);

  // A future's done callbacks run in the context they were added with.
  const fut = loop.create_future();
  step.set("adding");
  fut.add_done_callback(() => show("done callback"));
  fut.add_done_callback(() => show("done callback(context=mine)"), { context: mine });
  step.set("completing");
  fut.set_result(null);
  await asyncio.sleep(0);
  fut.add_done_callback(() => show("late done callback"));
  await asyncio.sleep(0);
}

asyncio.run(main());
