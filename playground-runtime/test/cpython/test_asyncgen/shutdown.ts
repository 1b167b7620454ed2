// @ts-nocheck
// loop.shutdown_asyncgens() finalizing generators left suspended by cancelled tasks, and
// asyncio.run()'s shutdown closing one a loop broke out of: quietly, or through the
// exception handler when its finally fails.
import * as asyncio from "asyncio";

const finalized = [];

async function* waiter(name, timeout) {
  try {
    await asyncio.sleep(timeout);
    yield 1;
  } finally {
    await asyncio.sleep(0);
    finalized.push(name);
  }
}

async function wait(name) {
  for await (const _ of waiter(name, 1)) {
  }
}

const loop = asyncio.new_event_loop();
const t1 = loop.create_task(wait("first"));
const t2 = loop.create_task(wait("second"));
loop.run_until_complete(asyncio.sleep(0.1));
t1.cancel();
t2.cancel();
for (const task of [t1, t2]) {
  try {
    loop.run_until_complete(task);
  } catch (error) {
    if (!(error instanceof asyncio.CancelledError)) throw error;
    print("cancelled");
  }
}
print("before shutdown:", finalized);
loop.run_until_complete(loop.shutdown_asyncgens());
print("after shutdown:", finalized);
loop.close();

let it;

function report(messages) {
  for (const context of messages) {
    print(
      context.message.replace(/ at 0x[0-9a-f]+/, ""),
      repr(context.exception),
      context.asyncgen === it,
    );
  }
  print(messages.length, "messages");
}

async function* plain() {
  yield 1;
  yield 2;
}

async function* breaks() {
  try {
    yield 1;
    yield 2;
  } finally {
    throw new ValueError("in finally");
  }
}

function breakOutOf(agen, messages) {
  async function main() {
    asyncio.get_running_loop().set_exception_handler((loop, context) => messages.push(context));
    for await (const _ of agen) break;
  }
  asyncio.run(main());
}

let messages = [];
it = plain();
breakOutOf(it, messages);
report(messages);

messages = [];
it = breaks();
breakOutOf(it, messages);
report(messages);
