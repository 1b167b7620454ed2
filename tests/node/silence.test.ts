import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { watchSilence } from "../../src/executor/silence.ts";

describe("watchSilence", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A sandbox that answers a ping after `ms`, or never. */
  const sandbox =
    (answers: boolean, ms = 10) =>
    () =>
      new Promise<boolean>((resolve) => setTimeout(() => resolve(answers), ms));

  it("judges a run silent for its time, once the sandbox answers", async () => {
    const silent = vi.fn();
    const watch = watchSilence(sandbox(true), silent);
    watch.heard(2000, "runaway");
    await vi.advanceTimersByTimeAsync(1999);
    expect(silent).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(20);
    expect(silent).toHaveBeenCalledExactlyOnceWith("runaway", true);
  });

  it("each sign of life gives the run its time again, with the newest reason", async () => {
    const silent = vi.fn();
    const watch = watchSilence(sandbox(true), silent);
    watch.heard(2000, "runaway");
    await vi.advanceTimersByTimeAsync(1500);
    watch.heard(30_000, "no report");
    await vi.advanceTimersByTimeAsync(29_000);
    expect(silent).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1020);
    expect(silent).toHaveBeenCalledExactlyOnceWith("no report", true);
  });

  it("a sign of life heard while the sandbox is pinged voids the judgement", async () => {
    const silent = vi.fn();
    const watch = watchSilence(sandbox(true, 50), silent);
    watch.heard(2000, "runaway");
    await vi.advanceTimersByTimeAsync(2010);
    // The heartbeat that waited behind the page's work arrives before the ping's answer.
    watch.heard(2000, "runaway");
    await vi.advanceTimersByTimeAsync(100);
    expect(silent).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2000);
    expect(silent).toHaveBeenCalledExactlyOnceWith("runaway", true);
  });

  it("says when the sandbox did not answer either", async () => {
    const silent = vi.fn();
    watchSilence(sandbox(false), silent).heard(2000, "runaway");
    await vi.advanceTimersByTimeAsync(2100);
    expect(silent).toHaveBeenCalledExactlyOnceWith("runaway", false);
  });

  it("judges nothing once stopped, even with a ping under way", async () => {
    const silent = vi.fn();
    const watch = watchSilence(sandbox(true, 50), silent);
    watch.heard(2000, "runaway");
    await vi.advanceTimersByTimeAsync(2010);
    watch.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(silent).not.toHaveBeenCalled();
  });
});
