// @ts-nocheck
import * as asyncio from "asyncio";

/** Not a Future, but shaped like one: isfuture() accepts it. */
class DuckFuture {
  static _asyncio_future_blocking = false;
  _asyncio_future_blocking = false;
  result_value = null;

  done() {
    return this.result_value !== null;
  }

  result() {
    return this.result_value;
  }

  *[Symbol.iterator]() {
    if (!this.done()) {
      this._asyncio_future_blocking = true;
      yield this;
    }
    return this.result();
  }
}

const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
const duck = new DuckFuture();
print("wrap_future gives it back:", asyncio.wrap_future(duck) === duck);
print("ensure_future gives it back:", asyncio.ensure_future(duck) === duck);
asyncio.set_event_loop(null);
loop.close();
