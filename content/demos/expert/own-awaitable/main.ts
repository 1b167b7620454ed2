import * as asyncio from "asyncio";

/** asyncio.sleep, by hand: a future, and a timer that completes it. */
async function mySleep<T>(delay: number, result: T | null = null) {
  const loop = asyncio.get_running_loop();
  const fut = loop.create_future<T | null>();
  const timer = loop.call_later(delay, (value: T | null) => fut.set_result(value), result);
  try {
    return await fut; // the task waits here until the timer runs
  } finally {
    timer.cancel(); // cancelled early? then the timer must not fire
  }
}

/** Data arrives from the "network" on timers; recv() waits until some is there. */
class FakeSocket {
  private _buffer: string[] = [];
  private _waiter: asyncio.Future<null> | null = null;

  constructor(private _loop: asyncio.AbstractEventLoop) {}

  arrive_later(delay: number, data: string) {
    this._loop.call_later(delay, (d: string) => this._data_received(d), data);
  }

  private _data_received(data: string) {
    // A plain callback, as a protocol's data_received is: it runs no coroutine itself,
    // it only completes the future a coroutine is waiting on.
    print(`  t=${Math.round(this._loop.time())} callback: ${repr(data)} arrived`);
    this._buffer.push(data);
    if (this._waiter !== null && !this._waiter.done()) this._waiter.set_result(null);
  }

  async recv(): Promise<string> {
    if (this._buffer.length === 0) {
      this._waiter = this._loop.create_future<null>();
      try {
        await this._waiter;
      } finally {
        this._waiter = null;
      }
    }
    return this._buffer.shift()!;
  }
}

async function reader(sock: FakeSocket) {
  for (let i = 0; i < 2; i++) {
    const data = await sock.recv();
    print(`  t=${Math.round(asyncio.get_running_loop().time())} reader: got ${repr(data)}`);
  }
}

async function main() {
  const loop = asyncio.get_running_loop();
  print("my_sleep(1) gave", repr(await mySleep(1, "done")), "at", Math.round(loop.time()));

  const sleeper = asyncio.create_task(mySleep(10));
  await asyncio.sleep(0);
  sleeper.cancel();
  try {
    await sleeper;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("cancelled my_sleep(10) at", Math.round(loop.time()), "- its timer went with it");
  }

  const sock = new FakeSocket(loop);
  sock.arrive_later(2, "hello");
  sock.arrive_later(2, "world");
  print("reading at", Math.round(loop.time()));
  await reader(sock);
  print("done at", Math.round(loop.time()));
}

asyncio.run(main());
