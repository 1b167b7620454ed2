// @ts-nocheck
import * as asyncio from "asyncio";

const loop = asyncio.new_event_loop();

print("-- yield from the same future twice");
const shared = new asyncio.Future({ loop });

function* fixture() {
  yield "A";
  const x = yield* shared;
  yield ["B", x];
  const y = yield* shared;
  yield ["C", y];
}

const g = fixture();
print(g.next().value);
print("the pending future itself:", g.next().value === shared);
shared.set_result(42);
print(...g.next().value);
// Done now, so the second yield* gives the result without yielding the future.
print(...g.next().value);

print("-- iterated instead of awaited");
const pending = new asyncio.Future({ loop });

function* consumer() {
  yield* pending;
}

try {
  const [_first, _second] = consumer();
} catch (e) {
  if (!(e instanceof RuntimeError)) throw e;
  print("RuntimeError:", e);
}
pending.cancel();

print("-- a done future's iterator returns the result at once");
const pair = new asyncio.Future({ loop });
pair.set_result([1, 2]);
const step = pair[Symbol.iterator]().next();
if (step.done) print("returned:", ...step.value);

loop.close();
