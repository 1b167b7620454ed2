// @ts-nocheck
import * as asyncio from "asyncio";

class Watcher {
  constructor(name) {
    this.name = name;
  }

  on_done(fut) {
    print(this.name, "saw", fut.result());
  }
}

function report(fut) {
  print("report saw", fut.result());
}

async function main() {
  const loop = asyncio.get_running_loop();
  const fut = loop.create_future();
  const a = new Watcher("a");
  const b = new Watcher("b");

  // A function compares equal only to itself: every registration of it goes.
  fut.add_done_callback(report);
  fut.add_done_callback(report);
  print("report removed:", fut.remove_done_callback(report));

  // Two lambdas with the same body are two functions.
  fut.add_done_callback((f) => print("lambda one"));
  print(
    "another lambda removed:",
    fut.remove_done_callback((f) => print("lambda one")),
  );

  // A bound method, kept in a name, removes what was added with it; another
  // object's method stays.
  const a_on_done = a.on_done.bind(a);
  fut.add_done_callback(a_on_done);
  fut.add_done_callback(b.on_done.bind(b));
  fut.add_done_callback(a_on_done);
  print("a's method removed:", fut.remove_done_callback(a_on_done));
  print("a's method again:", fut.remove_done_callback(a_on_done));

  // Removing from a done future finds nothing: its callbacks were already scheduled.
  fut.set_result(3);
  print("after set_result:", fut.remove_done_callback(b.on_done.bind(b)));
  await asyncio.sleep(0);
}

asyncio.run(main());
