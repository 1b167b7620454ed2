// @ts-nocheck
import * as asyncio from "asyncio";

class MyStopIteration extends StopIteration {}

const loop = asyncio.new_event_loop();
for (const cls of [StopIteration, MyStopIteration]) {
  print("--", cls.name);
  const f = new asyncio.Future({ loop });
  f.set_exception(new cls());
  print("cancelled:", f.cancelled(), "done:", f.done());
  try {
    f.result();
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    print("result() raised RuntimeError");
  }
  const exc = f.exception();
  print(`${exc.constructor.name}:`, exc);
  print("its cause:", exc.cause.constructor.name);
}
loop.close();
