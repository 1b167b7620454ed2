/**
 * The limits that stop a runaway program: too many loop turns, too many printed lines or
 * characters. A
 * limit stops the program by raising LoopAborted out of the loop (or out of `print`), and
 * once one is hit every later turn or print raises again, so nothing the program catches
 * keeps it going.
 */
import { LoopAborted } from "../asyncio/base_events.ts";

export const DEFAULT_MAX_ITERATIONS = 1_000_000;
export const DEFAULT_MAX_OUTPUT_LINES = 10_000;
export const DEFAULT_MAX_OUTPUT_CHARS = 1_000_000;

export class RunLimits {
  /** Which limit stopped the program, in a sentence. */
  hit: string | undefined;
  private iterations = 0;
  private outputLines = 0;
  private outputChars = 0;
  private readonly maxIterations: number;
  private readonly maxOutputLines: number;
  private readonly maxOutputChars: number;

  constructor(
    maxIterations = DEFAULT_MAX_ITERATIONS,
    maxOutputLines = DEFAULT_MAX_OUTPUT_LINES,
    maxOutputChars = DEFAULT_MAX_OUTPUT_CHARS,
  ) {
    this.maxIterations = maxIterations;
    this.maxOutputLines = maxOutputLines;
    this.maxOutputChars = maxOutputChars;
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

  /**
   * The program is printing `text`: returns the part within the character limit, to be
   * written before `truncated()` stops a run whose output went past it.
   */
  output(text: string): string {
    this.recheck();
    for (const ch of text) if (ch === "\n") this.outputLines += 1;
    if (this.outputLines > this.maxOutputLines) {
      this.stop(
        `Stopped: the program printed more than ${this.maxOutputLines.toLocaleString("en-US")} lines (limit).`,
      );
    }
    this.outputChars += text.length;
    const over = this.outputChars - this.maxOutputChars;
    return over > 0 ? text.slice(0, Math.max(text.length - over, 0)) : text;
  }

  /** After the part within the limit was written: stops a run whose output went past it. */
  truncated(): void {
    if (this.outputChars > this.maxOutputChars) {
      this.stop(
        `Stopped: output truncated after ${this.maxOutputChars.toLocaleString("en-US")} characters (limit).`,
      );
    }
  }
}
