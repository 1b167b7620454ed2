#!/usr/bin/env node
/**
 * Runs a playground demo in the terminal with the same compiler and runtime as the page:
 *   npm run --silent play -- path/to/main.ts [--realtime] [--debug] [--trace[=file]]
 * The demo's sibling .ts files are available to its relative imports.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { parseArgs } from "node:util";
import "./compiler/node-hook.ts";

// After the hook, so the runtime's coroutines are compiled as they load.
const { execute } = await import("./execute.ts");

const USAGE = `usage: npm run --silent play -- FILE.ts [--realtime] [--debug] [--trace[=FILE]]

Runs a playground program on the virtual clock (instant and deterministic) and prints what it
prints. --realtime waits for real; --debug turns on asyncio's debug mode; --trace writes the
loop's trace as JSON lines to FILE (default: stderr). Exit status: 0, 1 on an uncaught error,
2 on a usage error.`;

function usage(message?: string): never {
  if (message) process.stderr.write(`play: ${message}\n\n`);
  process.stderr.write(`${USAGE}\n`);
  process.exit(message ? 2 : 0);
}

let parsed: ReturnType<typeof parseArgs>;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      realtime: { type: "boolean" },
      debug: { type: "boolean" },
      trace: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    args: process.argv.slice(2).map((arg) => (arg === "--trace" ? "--trace=-" : arg)),
  });
} catch (error) {
  usage((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) usage();
if (positionals.length !== 1) usage(positionals.length ? "give one file" : "no file given");

const path = positionals[0];
const dir = dirname(path);
let files: Record<string, string>;
try {
  const entrySource = readFileSync(path, "utf8");
  files = Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith(".ts") && name !== basename(path))
      .map((name) => [name, readFileSync(join(dir, name), "utf8")]),
  );
  files = { [basename(path)]: entrySource, ...files };
} catch (error) {
  usage(
    `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
  );
}

const result = execute(files, {
  entry: basename(path),
  clock: values.realtime ? "real" : "virtual",
  debug: Boolean(values.debug),
  trace: values.trace !== undefined,
  onStdout: (text) => process.stdout.write(text),
  onStderr: (text) => process.stderr.write(text),
});

if (values.trace !== undefined && result.trace) {
  const lines = result.trace.map((event) => JSON.stringify(event)).join("\n");
  if (values.trace === "-" || values.trace === "") process.stderr.write(`${lines}\n`);
  else writeFileSync(values.trace as string, `${lines}\n`);
}
process.exitCode = result.ok ? 0 : 1;
