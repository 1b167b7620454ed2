/**
 * The limits that stop a runaway program: too many loop turns, too many printed lines. A
 * limit stops the program by raising LoopAborted out of the loop (or out of `print`), and
 * once one is hit every later turn or print raises again, so nothing the program catches
 * keeps it going.
 */
import { LoopAborted } from "../asyncio/base_events.ts";

export const DEFAULT_MAX_ITERATIONS = 1_000_000;
export const DEFAULT_MAX_OUTPUT_LINES = 10_000;

export class RunLimits {
  /** Which limit stopped the program, in a sentence. */
  hit: string | undefined;
  private iterations = 0;
  private outputLines = 0;
  private readonly maxIterations: number;
  private readonly maxOutputLines: number;

  constructor(maxIterations = DEFAULT_MAX_ITERATIONS, maxOutputLines = DEFAULT_MAX_OUTPUT_LINES) {
    this.maxIterations = maxIterations;
    this.maxOutputLines = maxOutputLines;
  }

  /** Stops the program, for `reason` unless a limit was hit already. */
  stop(reason: string): never {
    this.hit ??= reason;
    throw new LoopAborted(this.hit);
  }

  /** Stops the program again if a limit was hit: it may have caught the first stop. */
  recheck(): void {
    if (this.hit) this.stop(this.hit);
  }

  /** One more turn of an event loop; returns how many there have been. */
  iteration(): number {
    this.recheck();
    this.iterations += 1;
    if (this.iterations > this.maxIterations) {
      this.stop(
        `Stopped: the program ran ${this.maxIterations.toLocaleString("en-US")} event-loop iterations without finishing (limit).`,
      );
    }
    return this.iterations;
  }

  /** The program is printing `text`. */
  output(text: string): void {
    this.recheck();
    for (const ch of text) if (ch === "\n") this.outputLines += 1;
    if (this.outputLines > this.maxOutputLines) {
      this.stop(
        `Stopped: the program printed more than ${this.maxOutputLines.toLocaleString("en-US")} lines (limit).`,
      );
    }
  }
}
