// @ts-nocheck
import * as asyncio from "asyncio";

const loop = asyncio.new_event_loop();

function resume(it) {
  if (it.next().done) print("then it is exhausted");
}

print("-- resumed after throw()");
const thrown = new asyncio.Future({ loop });
let it = thrown.__await__();
it.next();
try {
  it.throw(new RuntimeError());
} catch (e) {
  if (!(e instanceof RuntimeError)) throw e;
  print("throw() raised RuntimeError");
}
resume(it);

print("-- resumed after close()");
const closed = new asyncio.Future({ loop });
it = closed.__await__();
it.next();
it.return();
resume(it);
loop.close();
