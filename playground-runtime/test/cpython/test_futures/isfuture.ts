// @ts-nocheck
import * as asyncio from "asyncio";

class MyFuture {
  static _asyncio_future_blocking = null;

  constructor() {
    this._asyncio_future_blocking = false;
  }
}

const loop = asyncio.new_event_loop();
print("the class:", asyncio.isfuture(MyFuture));
print("an instance:", asyncio.isfuture(new MyFuture()));
print("a number:", asyncio.isfuture(1));
const f = new asyncio.Future({ loop });
print("a Future:", asyncio.isfuture(f));
print("Future itself:", asyncio.isfuture(f.constructor));
f.cancel();
loop.close();
