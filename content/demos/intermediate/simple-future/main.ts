// No event loop here: we drive a coroutine by hand, as a Task would.

class SimpleFuture<T> {
  result: T | null = null;
  done = false;

  set_result(value: T) {
    this.result = value;
    this.done = true;
  }

  *__await__() {
    if (!this.done) {
      yield this; // hand ourselves to whoever drives the coroutine, and pause
    }
    return this.result; // the value of `await`
  }
}

async function double(fut: SimpleFuture<number>) {
  print("  double: waiting for the future");
  // TypeScript types `await` only for promise-like objects, so it is told what this one gives.
  const value = (await fut) as unknown as number;
  print("  double: got", value);
  return value * 2;
}

const fut = new SimpleFuture<number>();
// A coroutine object is an iterator: next() is Python's send().
const coro = double(fut) as unknown as Iterator<unknown, number>;

print("driver: start the coroutine");
let step = coro.next();
print("driver: the coroutine yielded our future?", step.value === fut, "- finished?", step.done);

print("driver: set_result(21), then resume it");
fut.set_result(21);
step = coro.next();
print("driver: finished?", step.done, "- it returned", step.value);
