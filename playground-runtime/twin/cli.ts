/**
 * `node playground-runtime/twin/cli.ts file.py`: prints what CPython 3.14 prints for a Python
 * twin on the virtual-time loop, stdout to stdout and stderr to stderr; exits with 1 when the
 * program ended with an uncaught exception. This is how expected outputs are made.
 */

import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { runPython } from "./cpython.ts";

const [file] = process.argv.slice(2);
if (file === undefined) {
  process.stderr.write("usage: node playground-runtime/twin/cli.ts file.py\n");
  process.exit(2);
}
const run = await runPython(readFileSync(file, "utf8"), { filename: basename(file) });
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
process.exitCode = run.error === undefined ? 0 : 1;
