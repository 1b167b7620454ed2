// @ts-nocheck
import * as asyncio from "asyncio";

/** Not an asyncio.Future, but it says it can stand in for one. */
class Ticket {
  _asyncio_future_blocking = false;

  constructor(number) {
    this.number = number;
  }

  __repr__() {
    return `<Ticket ${this.number}>`;
  }
}

/** Has the attribute, but None means "not a future". */
class Opted {
  _asyncio_future_blocking = null;
}

async function worker() {
  await asyncio.sleep(0);
  return "worked";
}

async function main() {
  const loop = asyncio.get_running_loop();
  const ticket = new Ticket(7);
  print("a ticket:", asyncio.isfuture(ticket));
  print("the Ticket class:", asyncio.isfuture(Ticket));
  print("opted out:", asyncio.isfuture(new Opted()));
  print("a string:", asyncio.isfuture("future"));
  print("ensure_future keeps the ticket:", asyncio.ensure_future(ticket) === ticket);
  const fut = loop.create_future();
  print("wrap_future keeps an asyncio future:", asyncio.wrap_future(fut) === fut);
  const task = asyncio.ensure_future(worker());
  print("a coroutine becomes a task:", asyncio.isfuture(task), await task);
  fut.cancel();
}

asyncio.run(main());
