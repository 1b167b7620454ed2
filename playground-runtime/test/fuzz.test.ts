/**
 * A few hundred random programs with fixed seeds, each run under CPython 3.14 and under our
 * runtime: they must print the same. `npm run fuzz -- --count N --seed S` runs more.
 */
import { describe, expect, test } from "vitest";
import { runBoth } from "./fuzz/run.ts";

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);

describe("random programs print what CPython prints", () => {
  test.each(SEEDS)("seed %i", async (seed) => {
    const { program, expected, got } = await runBoth(seed);
    expect(got, `seed ${seed}\n${program.ts}\n${program.py}`).toBe(expected);
  });
});
