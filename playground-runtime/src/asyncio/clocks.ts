/**
 * The loop's clocks. The virtual clock (the default) makes output deterministic and sleeps
 * instant: it starts at 0, every read adds exactly one nanosecond — as real time moves
 * between two calls, so timers set one after another keep their order — and when nothing is
 * ready the loop jumps it forward by the wait `_run_once` computed. The real clock reads
 * `performance.now()` and really waits.
 */

/** What a loop reads its time from: virtual (deterministic) or real. */
export interface Clock {
  readonly virtual: boolean;
  /** A read, as `loop.time()` makes it (the virtual clock ticks 1 ns). */
  now(): number;
  /** The current time without ticking, for the trace. */
  peek(): number;
  /** The selector's wait: lets `seconds` pass (jumps, or really waits, staying alive). */
  wait(seconds: number): void;
  /** A blocking call such as `time.sleep`: holds the thread for `seconds`. */
  hold(seconds: number): void;
}

const NANOSECOND = 1e-9;

/** Starts at 0, ticks 1 ns per read, and jumps when the loop would wait. */
export class VirtualClock implements Clock {
  readonly virtual = true;
  private t = 0;
  now(): number {
    this.t += NANOSECOND;
    return this.t;
  }
  peek(): number {
    return this.t;
  }
  wait(seconds: number): void {
    this.t += seconds;
  }
  hold(seconds: number): void {
    this.t += seconds;
  }
}

/**
 * A word of shared memory to wait on, or null where there is none. A page that is not
 * cross-origin isolated (the playground's sandbox) has no SharedArrayBuffer constructor, but
 * Chromium still makes shared WebAssembly memory, which is as good for Atomics.wait.
 */
function sharedWord(): Int32Array | null {
  try {
    if (typeof SharedArrayBuffer === "function") return new Int32Array(new SharedArrayBuffer(4));
    const { WebAssembly } = globalThis as { WebAssembly?: { Memory: WasmMemory } };
    if (WebAssembly === undefined) return null;
    const memory = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
    return new Int32Array(memory.buffer);
  } catch {
    return null;
  }
}

/** The little of WebAssembly used here (the runtime is typed with ECMAScript's library alone). */
interface WasmMemory {
  new (descriptor: { initial: number; maximum: number; shared: true }): { buffer: ArrayBufferLike };
}

let waitWord: Int32Array | null | undefined;

/** Blocks the thread for `ms` milliseconds: Atomics.wait where allowed, else a busy wait. */
function block(ms: number): void {
  if (ms <= 0) return;
  waitWord ??= sharedWord();
  if (waitWord !== null) {
    try {
      // Nothing ever notifies the word: the wait always runs to its timeout, using no CPU.
      Atomics.wait(waitWord, 0, 0, ms);
      return;
    } catch {
      // Atomics.wait is not allowed on this thread (a page's main thread): spin instead.
    }
  }
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // Busy-wait: this runs in the playground's worker, never on the page's thread.
  }
}

/** `performance.now()`; waiting really waits. */
export class RealClock implements Clock {
  readonly virtual = false;
  private readonly origin = performance.now();
  /** Called while waiting, at most every `slice` ms, so the page knows the program lives. */
  private readonly onWait: () => void;
  constructor(onWait: () => void = () => {}) {
    this.onWait = onWait;
  }
  now(): number {
    return (performance.now() - this.origin) / 1000;
  }
  peek(): number {
    return this.now();
  }
  wait(seconds: number): void {
    const end = performance.now() + seconds * 1000;
    for (let left = seconds * 1000; left > 0; left = end - performance.now()) {
      block(Math.min(left, 100));
      this.onWait();
    }
  }
  hold(seconds: number): void {
    block(seconds * 1000);
  }
}
