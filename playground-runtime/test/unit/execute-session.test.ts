/**
 * A run takes over the runtime's process-wide hooks (output, trace, the loops' clock and
 * turns, the idle clock, the traceback formatter, the source locator, origin tracking, stack
 * depth) and gives every one back however it ends: whatever throws, at whichever stage, the
 * next program — in the page's worker or a test — starts from the same runtime.
 */
import { describe, expect, test } from "vitest";
import { loopHooks } from "../../src/asyncio/base_events.ts";
import { Coroutine } from "../../src/asyncio/coroutines.ts";
import {
  type SourceLocator,
  set_exception_formatter,
  set_source_locator,
} from "../../src/asyncio/format_helpers.ts";
import { set_output } from "../../src/asyncio/print.ts";
import { reset_runtime } from "../../src/asyncio/runners.ts";
import { tracing } from "../../src/asyncio/trace.ts";
import { type ExecuteOptions, execute } from "../../src/execute/index.ts";
import { _set_idle_clock } from "../../src/stdlib/time.ts";

/** Reads a hook whose setter returns the one it replaced, leaving it as it was. */
function current<T>(swap: (next: T) => T, probe: T): T {
  const installed = swap(probe);
  swap(installed);
  return installed;
}

/** Every process-wide hook a run installs, as it stands now. */
function hooks() {
  const origin = new Coroutine((function* () {})(), "probe", "probe", "probe.ts", 1)._origin;
  reset_runtime(); // forget the probe coroutine, so no later run reports it as never awaited
  return {
    output: current(set_output, { stdout() {}, stderr() {} }),
    tracing,
    loopClock: loopHooks.clock,
    loopIteration: loopHooks.iteration,
    idleClock: current(_set_idle_clock, loopHooks.clock()),
    formatter: current(set_exception_formatter, String),
    locator: current<SourceLocator>(set_source_locator, {
      functionSource: () => null,
      callerFrame: () => null,
    }),
    tracksOrigins: origin !== null,
    stackDepth: Error.stackTraceLimit,
  };
}

/** What the host's callbacks throw: not the program's doing, so it leaves `execute`. */
class HostFailure extends Error {}
const fail = () => {
  throw new HostFailure("the host's callback failed");
};

const RUN = `import * as asyncio from "asyncio";
async function main() {
  print("working");
  await asyncio.sleep(1);
}
asyncio.run(main());
`;

interface Stage {
  stage: string;
  files: Record<string, string>;
  options: ExecuteOptions;
  /** The error type the run reports, or "escapes" when the failure leaves `execute`. */
  ends: string;
}

const stages: Stage[] = [
  {
    stage: "opening: an option cannot be read",
    files: { "main.ts": RUN },
    options: {
      get onStdout(): never {
        return fail();
      },
    },
    ends: "escapes",
  },
  {
    stage: "compiling: a file cannot be read",
    files: {
      get "main.ts"(): string {
        return fail();
      },
    },
    options: {},
    ends: "escapes",
  },
  {
    stage: "compiling: reporting a syntax error",
    files: { "main.ts": "const = 1;\n" },
    options: { onStderr: fail },
    ends: "escapes",
  },
  {
    stage: "compiling: reporting a missing entry",
    files: { "other.ts": RUN },
    options: { onStderr: fail },
    ends: "escapes",
  },
  {
    stage: "loading: the module raises",
    files: { "main.ts": 'throw new ValueError("at import");\n' },
    options: {},
    ends: "ValueError",
  },
  {
    stage: "loading: printing at the top level",
    files: { "main.ts": 'print("loading");\n' },
    options: { onStdout: fail },
    ends: "HostFailure",
  },
  {
    stage: "running: a loop turn's heartbeat",
    files: { "main.ts": RUN },
    options: { onHeartbeat: fail },
    ends: "HostFailure",
  },
  {
    stage: "running: a trace event",
    files: { "main.ts": RUN },
    options: { onTrace: fail },
    ends: "HostFailure",
  },
  {
    stage: "after the run: warning of a coroutine never awaited",
    files: { "main.ts": "async function f() {}\nconst c = f();\n" },
    options: { onStderr: failOnce() },
    ends: "HostFailure",
  },
  {
    stage: "reporting: the traceback",
    files: { "main.ts": RUN.replace('print("working");', 'throw new ValueError("boom");') },
    options: { onStderr: fail },
    ends: "escapes",
  },
  {
    stage: "reporting: a limit",
    files: { "main.ts": RUN },
    options: { maxIterations: 1, onStderr: fail },
    ends: "escapes",
  },
];

/** Fails the first time only, so the run goes on to report the failure. */
function failOnce(): () => void {
  let failed = false;
  return () => {
    if (failed) return;
    failed = true;
    fail();
  };
}

describe("a run gives back every hook it installs", () => {
  test("while a program runs, the hooks are the run's", () => {
    const before = hooks();
    let during: ReturnType<typeof hooks> | undefined;
    execute(
      { "main.ts": RUN },
      {
        trace: true,
        onStdout: () => {
          during ??= hooks();
        },
      },
    );
    expect(during).toBeDefined();
    for (const [hook, value] of Object.entries(during ?? {})) {
      expect(value, hook).not.toBe(before[hook as keyof typeof before]);
    }
  });

  test.each(stages)("$stage", ({ files, options, ends }) => {
    const before = hooks();
    if (ends === "escapes") {
      expect(() => execute(files, options)).toThrow(HostFailure);
    } else {
      const result = execute(files, { onStderr: () => {}, ...options });
      expect(result.ok).toBe(false);
      expect(result.error?.type).toBe(ends);
    }
    expect(hooks()).toEqual(before);
    // Identity, not likeness: the very functions that were installed before.
    const after = hooks();
    for (const [hook, value] of Object.entries(before)) {
      expect(after[hook as keyof typeof after], hook).toBe(value);
    }
  });
});

describe("a program's context", () => {
  test("each run starts with an empty context, whatever the run before it set", () => {
    const program = `import * as contextvars from "contextvars";
print(contextvars.copy_context().length);
new contextvars.ContextVar("left").set("over");
print(contextvars.copy_context().length);
`;
    const printed = () => {
      let out = "";
      execute({ "main.ts": program }, { onStdout: (text) => (out += text) });
      return out;
    };
    expect(printed()).toBe("0\n1\n");
    expect(printed()).toBe("0\n1\n");
  });
});
