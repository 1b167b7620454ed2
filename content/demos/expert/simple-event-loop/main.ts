// An event loop from scratch: no asyncio import, only generators.
// A coroutine is a generator that yields the future it waits for.

type Callback = (...args: any[]) => void;
type Coro<T> = Generator<SimpleFuture<unknown>, T, unknown>;

class SimpleLoop {
  now = 0; // a virtual clock, in seconds
  turn = 0;
  ready: [Callback, unknown[]][] = []; // FIFO: what runs next turn
  timers: { when: number; callback: Callback; args: unknown[] }[] = []; // sorted by when

  call_soon(callback: Callback, ...args: unknown[]) {
    this.ready.push([callback, args]);
  }

  call_later(delay: number, callback: Callback, ...args: unknown[]) {
    this.timers.push({ when: this.now + delay, callback, args });
    this.timers.sort((a, b) => a.when - b.when); // a stable sort: ties keep their order
  }

  run_once() {
    if (this.ready.length === 0) {
      this.now = this.timers[0].when; // nothing to do: jump to the next deadline
    }
    while (this.timers.length > 0 && this.timers[0].when <= this.now) {
      const timer = this.timers.shift()!;
      this.ready.push([timer.callback, timer.args]); // due timers go behind the ready ones
    }
    this.turn += 1;
    const ntodo = this.ready.length;
    print(`-- turn ${this.turn}, t=${this.now}, ${ntodo} ready`);
    for (let i = 0; i < ntodo; i++) {
      const [callback, args] = this.ready.shift()!;
      callback(...args);
    }
  }

  run_until_complete(future: SimpleFuture<unknown>) {
    while (!future.done) {
      if (this.ready.length === 0 && this.timers.length === 0) {
        throw new Error("deadlock: nothing ready, no timers");
      }
      this.run_once();
    }
    return future.result;
  }
}

class SimpleFuture<T> {
  done = false;
  result: T | undefined = undefined;
  callbacks: Callback[] = [];

  constructor(readonly loop: SimpleLoop) {}

  add_done_callback(callback: Callback) {
    if (this.done) this.loop.call_soon(callback, this);
    else this.callbacks.push(callback);
  }

  set_result(value: T) {
    this.result = value;
    this.done = true;
    for (const callback of this.callbacks) this.loop.call_soon(callback, this); // one step each
    this.callbacks = [];
  }

  // What `await future` delegates to: suspend (yield me) until done, then give the result.
  *[Symbol.iterator](): Coro<T> {
    if (!this.done) yield this;
    return this.result as T;
  }
}

class SimpleTask<T> extends SimpleFuture<T> {
  constructor(
    loop: SimpleLoop,
    readonly coro: Coro<T>,
    readonly name: string,
  ) {
    super(loop);
    loop.call_soon(() => this.step()); // created = scheduled
  }

  step() {
    print(`   step ${this.name}`);
    const next = this.coro.next(); // run the coroutine to its next yield
    if (next.done) {
      this.set_result(next.value); // it returned: the task is done
    } else {
      next.value.add_done_callback(() => this.wakeup()); // suspended on that future
    }
  }

  wakeup() {
    this.step();
  }
}

function* sleep(loop: SimpleLoop, seconds: number): Coro<null> {
  const future = new SimpleFuture<null>(loop);
  const fire = () => {
    print(`   timer fires: set_result after sleep(${seconds})`);
    future.set_result(null);
  };
  loop.call_later(seconds, fire);
  return yield* future;
}

function* worker(loop: SimpleLoop, name: string, delays: number[]): Coro<string> {
  for (const delay of delays) {
    print(`     ${name}: sleep(${delay})`);
    yield* sleep(loop, delay);
  }
  return `${name} result`;
}

function* main(loop: SimpleLoop): Coro<string> {
  const a = new SimpleTask(loop, worker(loop, "a", [1, 1]), "a");
  const b = new SimpleTask(loop, worker(loop, "b", [2]), "b");
  print("     main: tasks created, awaiting a");
  const ra = yield* a;
  print(`     main: got ${ra}, awaiting b`);
  const rb = yield* b;
  return `${ra} + ${rb}`;
}

const loop = new SimpleLoop();
print("result:", loop.run_until_complete(new SimpleTask(loop, main(loop), "main")));
