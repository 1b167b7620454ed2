import * as asyncio from "asyncio";

class ValueError extends Error {}

function broken() {
  throw new ValueError("a bad value");
}

function handler(
  _loop: asyncio.AbstractEventLoop,
  context: { message: string; exception?: unknown },
) {
  // A callback's message ends with where it is defined ("at main.ts:5"): cut that off,
  // since the Python twin's copy is main.py.
  const message = context.message.split(" at ")[0];
  const exc = context.exception as Error;
  print(
    `  handler: ${message} | ${exc.constructor.name}: ${exc.message} | keys`,
    Object.keys(context).sort(),
  );
}

async function fail() {
  throw new ValueError("nobody asked");
}

function exitNow() {
  throw new SystemExit("stop the program");
}

async function main() {
  const loop = asyncio.get_running_loop();

  print("1. a callback raises; the loop logs it and goes on");
  loop.set_exception_handler(handler);
  loop.call_soon(broken);
  loop.call_soon(print, "  the next callback still runs");
  await asyncio.sleep(0);

  print("2. a task raises; it is stored in the task, nothing is logged");
  const seen = asyncio.create_task(fail());
  await asyncio.sleep(0);
  print("  seen.exception():", repr(seen.exception()));

  print("3. a task raises and nobody retrieves it");
  const forgotten = [asyncio.create_task(fail())];
  await asyncio.sleep(0);
  print("  done:", forgotten[0].done(), "- logged when the last reference goes");

  print("4. SystemExit is not caught by the loop");
  loop.call_soon(exitNow);
  try {
    await asyncio.sleep(1);
  } finally {
    print("  main: finally, as asyncio.run cancels what is left");
  }
}

try {
  asyncio.run(main());
} catch (exc) {
  if (!(exc instanceof SystemExit)) throw exc;
  print("SystemExit left asyncio.run:", exc.message);
}
