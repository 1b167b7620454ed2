import * as asyncio from "asyncio";
import * as time from "time";

let loop: asyncio.AbstractEventLoop; // the loop asyncio.run makes, kept to read its clock after it closes

function now() {
  return Math.round(loop.time());
}

function handler(
  _loop: asyncio.AbstractEventLoop,
  context: { message: string; exception?: unknown },
) {
  print(`t=${now()} handler: ${context.message} | ${repr(context.exception)}`);
}

class ValueError extends Error {}

async function background(name: string) {
  try {
    await asyncio.sleep(3600);
  } finally {
    print(`t=${now()} ${name}: cancelled by asyncio.run, cleaning up`);
    await asyncio.sleep(1); // cleanup may still await: the loop is running
    print(`t=${now()} ${name}: cleanup done`);
  }
}

async function brokenCleanup() {
  try {
    await asyncio.sleep(3600);
  } finally {
    // biome-ignore lint/correctness/noUnsafeFinally: the demo's point is a cleanup that fails
    throw new ValueError("cleanup failed");
  }
}

function slowIo() {
  time.sleep(4); // a blocking call, on a worker thread
  return "thread result";
}

async function main() {
  loop = asyncio.get_running_loop();
  loop.set_exception_handler(handler);
  asyncio.create_task(background("poller"));
  asyncio.create_task(brokenCleanup());
  asyncio.create_task(asyncio.to_thread(slowIo));
  await asyncio.sleep(1);
  print(`t=${now()} main: returning, three tasks still pending`);
  return "main's result";
}

print("asyncio.run returned", repr(asyncio.run(main())), `at t=${now()}`);
