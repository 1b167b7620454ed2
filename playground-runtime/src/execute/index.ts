/**
 * Compiles a playground's files and runs them on a fresh runtime: what the browser's worker
 * and the command-line runner both call, so a demo prints the same in both. Runs are
 * synchronous (the event loop is the program's own); limits stop runaway programs cleanly.
 */
import { type ExecuteOptions, type ExecuteResult, RunSession } from "./session.ts";

export type { TraceEvent } from "../asyncio/trace.ts";
export { CompileError, compile } from "../compiler/index.ts";
export type { ExecuteError, ExecuteOptions, ExecuteResult } from "./session.ts";
export type { Frame } from "./traceback.ts";

/** Compiles `files` and runs `entry`; never throws for anything the program does. */
export function execute(
  files: Record<string, string>,
  options: ExecuteOptions = {},
): ExecuteResult {
  const entry = options.entry ?? "main.ts";
  const session = new RunSession(files, options);
  try {
    session.open();
    const outcome = session.compile(entry) ?? session.report(session.run(entry));
    return session.result(outcome);
  } finally {
    session.dispose();
  }
}
