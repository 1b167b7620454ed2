// @ts-nocheck
// A Task waits on anything that looks like a Future: Task.__step only asks what it yielded
// for _asyncio_future_blocking, then uses its get_loop, add_done_callback, cancel and result.
import * as asyncio from "asyncio";

class Handmade {
  constructor(loop, label) {
    this._loop = loop;
    this.label = label;
    this._asyncio_future_blocking = false;
    this._callbacks = [];
    this._state = "pending";
    this._result = null;
  }
  get_loop() {
    return this._loop;
  }
  done() {
    return this._state !== "pending";
  }
  cancelled() {
    return this._state === "cancelled";
  }
  add_done_callback(fn, { context = null } = {}) {
    print(`  ${this.label}: add_done_callback, with a context:`, context !== null);
    this._callbacks.push([fn, context]);
  }
  _schedule() {
    for (const [fn, context] of this._callbacks) this._loop.call_soon(fn, this, { context });
    this._callbacks = [];
  }
  set_result(value) {
    this._result = value;
    this._state = "finished";
    this._schedule();
  }
  cancel(msg = null) {
    print(`  ${this.label}: cancel(${repr(msg)})`);
    if (this.done()) return false;
    this._state = "cancelled";
    this._schedule();
    return true;
  }
  result() {
    if (this._state === "cancelled") throw new asyncio.CancelledError();
    return this._result;
  }
  *__await__() {
    if (!this.done()) {
      this._asyncio_future_blocking = true;
      yield this;
    }
    return this.result();
  }
  __repr__() {
    return `<Handmade ${this.label} ${this._state}>`;
  }
}

// Yields the object itself, not through its __await__: no blocking flag set.
class Careless extends Handmade {
  *__await__() {
    yield this;
  }
}

function* plainGenerator() {
  yield 1;
}

class YieldsAGenerator {
  *__await__() {
    yield plainGenerator();
  }
}

async function report(label, aw) {
  try {
    print(label, "->", await aw);
  } catch (e) {
    // Task reprs cut down to their names: their lines and callbacks are each language's own.
    const shown = repr(e)
      .replace(/ coro=<.*?>(?= cb=)/, "")
      .replace(/ cb=\[.*?\]>/, ">")
      // A JavaScript generator object does not know its function's name, as Python's does.
      .replace(/(for generator in task .*?) with .*$/, "$1 with a generator");
    print(label, "raised", shown);
  }
}

async function main() {
  const loop = asyncio.get_running_loop();
  const fut = new Handmade(loop, "made");
  loop.call_later(0.1, () => fut.set_result("handmade result"));
  const task = asyncio.create_task(report("await handmade", fut));
  await asyncio.sleep(0);
  print("task waits on:", repr(task).includes("wait_for=<Handmade made pending>"));
  await task;

  const doomed = new Handmade(loop, "doomed");
  const waiting = asyncio.create_task(report("await doomed", doomed));
  await asyncio.sleep(0);
  waiting.cancel("stop it");
  await asyncio.sleep(0);
  await asyncio.sleep(0);
  print("waiting cancelled:", waiting.cancelled());

  await report("careless", new Careless(loop, "careless"));
  const other = new Handmade(asyncio.new_event_loop(), "elsewhere");
  await report("other loop", asyncio.create_task(report("inner", other)));
  other.get_loop().close();
  await report("generator", new YieldsAGenerator());
}

asyncio.run(main());
