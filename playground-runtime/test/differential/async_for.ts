// @ts-nocheck
// `for await` is Python's `async for`: __aiter__ once, __anext__ until StopAsyncIteration.
// Leaving the loop early (break, an exception) closes nothing, so the generator resumes where
// it stopped; any object with __aiter__ will do, and others get CPython's TypeError.
import * as asyncio from "asyncio";

async function* numbers(n) {
  try {
    for (let i = 0; i < n; i++) {
      await asyncio.sleep(0.01);
      yield i;
    }
  } finally {
    print("numbers finally");
  }
}

class Countdown {
  constructor(start) {
    this.current = start;
  }
  __aiter__() {
    print("Countdown.__aiter__");
    return this;
  }
  async __anext__() {
    await asyncio.sleep(0);
    if (this.current <= 0) throw new StopAsyncIteration();
    this.current -= 1;
    return this.current + 1;
  }
}

class NoAnext {
  __aiter__() {
    return 42;
  }
}

async function main() {
  const gen = numbers(5);
  for await (const x of gen) {
    print("first loop", x);
    if (x === 1) break;
  }
  print("after break, running:", gen.ag_running);
  try {
    for await (const x of gen) {
      print("second loop", x);
      if (x === 3) throw new ValueError("stop at 3");
    }
  } catch (error) {
    print("caught", repr(error));
  }
  for await (const x of gen) print("third loop", x);
  print("exhausted");

  let total = 0;
  for await (const n of new Countdown(3)) {
    if (n === 2) continue;
    total += n;
  }
  print("countdown total", total);

  outer: for (const round of [1, 2]) {
    for await (const n of new Countdown(5)) {
      print("round", round, "n", n);
      if (n === 4) continue outer;
    }
  }

  let last;
  for await (last of numbers(2));
  print("last", last);

  for (const bad of [7, [1, 2], new NoAnext()]) {
    try {
      for await (const x of bad) print(x);
    } catch (error) {
      print(repr(error));
    }
  }
}

asyncio.run(main());
