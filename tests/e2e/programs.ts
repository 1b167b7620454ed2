/**
 * Programs the end-to-end tests type into a playground, each with its Python twin and the
 * output CPython printed for it (checked by tests/node/demos.test.ts).
 */
import { readFileSync } from "node:fs";

export interface Program {
  source: string;
  expected: string;
}

export function program(name: string): Program {
  const read = (file: string) =>
    readFileSync(new URL(`./programs/${name}/${file}`, import.meta.url), "utf8");
  return { source: read("main.ts"), expected: read("expected.txt") };
}

/** The expected output of a guide demo, as CPython printed it. */
export function demoExpected(id: string): string {
  return readFileSync(new URL(`../../content/demos/${id}/expected.txt`, import.meta.url), "utf8");
}
