/**
 * CPython artefacts: what CPython 3.14 itself shows of the machinery TypeScript has no
 * analogue of — a coroutine's bytecode (`dis`), its frames (`cr_frame`, `f_lineno`,
 * `f_locals`, the `cr_await` chain). Each artefact is made by running a small probe program
 * around a demo's Python twin, under CPython 3.14 (pyodide, through the twin harness of
 * `playground-runtime/twin/cpython.ts`), and is committed next to the demo; chapters render
 * it with `<CpythonOutput>`. `tests/node/cpython-artifacts.test.ts` regenerates every one and
 * fails when a committed file differs, so they are CPython's output, never pasted.
 *
 * Usage: `npm run artifacts` (rewrites every artefact), or
 * `node scripts/cpython-artifacts.ts --check` (exits 1 and names the stale ones).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { runPython } from "../playground-runtime/twin/cpython.ts";

const ROOT = new URL("..", import.meta.url);

/** `dis.dis` of one function of a twin, as CPython 3.14 compiles it. */
export interface DisArtifact {
  kind: "dis";
  /** The demo folder below content/demos whose main.py is disassembled. */
  demo: string;
  /** The function's `__qualname__` in main.py. */
  function: string;
  /** The file written in the demo's folder. */
  output: string;
}

/**
 * Every task's frames while the twin runs: at `at` seconds on the loop's (virtual) clock, a
 * timer callback walks each task's `cr_await` chain, printing each coroutine's
 * `cr_frame.f_lineno` and `f_locals`, then CPython's own `format_call_graph` of the task.
 */
export interface FramesArtifact {
  kind: "frames";
  demo: string;
  /** When to look, in seconds of the loop's clock. */
  at: number;
  output: string;
}

export type Artifact = DisArtifact | FramesArtifact;

/** Every artefact the guide shows. */
export const ARTIFACTS: Artifact[] = [
  {
    kind: "dis",
    demo: "intermediate/await-is-yield-from",
    function: "get",
    output: "dis.txt",
  },
  {
    kind: "dis",
    demo: "intermediate/await-is-yield-from",
    function: "delegate",
    output: "dis-yield-from.txt",
  },
  {
    kind: "dis",
    demo: "expert/async-generators",
    function: "ticker",
    output: "dis-ticker.txt",
  },
  {
    kind: "frames",
    demo: "intermediate/frames",
    at: 0.5,
    output: "frames.txt",
  },
];

/** The artefact's path relative to the repository. */
export function artifactPath(artifact: Artifact): string {
  return `content/demos/${artifact.demo}/${artifact.output}`;
}

function twinSource(artifact: Artifact): string {
  return readFileSync(new URL(`content/demos/${artifact.demo}/main.py`, ROOT), "utf8");
}

/** A Python string literal holding `text` (JSON's escapes are Python's too). */
const pyString = (text: string) => JSON.stringify(text);

/** Compiles the twin as main.py and disassembles one of its functions. */
function disProbe(artifact: DisArtifact, source: string): string {
  return `
import dis

def find(code, qualname):
    for const in code.co_consts:
        if hasattr(const, "co_qualname"):
            if const.co_qualname == qualname:
                return const
            inner = find(const, qualname)
            if inner is not None:
                return inner
    return None

module = compile(${pyString(source)}, "main.py", "exec")
code = find(module, ${pyString(artifact.function)})
if code is None:
    raise SystemExit("main.py has no function named " + ${pyString(artifact.function)})
dis.dis(code)
`;
}

/**
 * Runs the twin as \`python main.py\` would, its own output discarded, with one timer added to
 * the loop \`asyncio.run\` makes: at \`at\` seconds it prints every task's frames.
 */
function framesProbe(artifact: FramesArtifact, source: string): string {
  return `
import asyncio, contextlib, io, re

AT = ${artifact.at}
report = io.StringIO()

def mask(text):
    return re.sub(r"0x[0-9a-f]+", "0x…", text)

def show(*parts):
    print(*parts, file=report)

def dump():
    loop = asyncio.get_running_loop()
    show(f"At t = {AT} s on the loop's clock, no task is running; each is suspended at an await.")
    for task in sorted(asyncio.all_tasks(loop), key=lambda t: t.get_name()):
        show()
        show(f"{task.get_name()} — its coroutine's cr_await chain, outermost first:")
        coro = task.get_coro()
        depth = 1
        while hasattr(coro, "cr_frame") and coro.cr_frame is not None:
            frame = coro.cr_frame
            show("  " * depth + f"{coro.cr_code.co_qualname}()  {frame.f_code.co_filename}, line {frame.f_lineno}, f_back = {mask(repr(frame.f_back))}")
            for name, value in frame.f_locals.items():
                show("  " * depth + f"    {name} = {mask(repr(value))}")
            coro = coro.cr_await
            depth += 1
        show("  " * depth + f"then {type(coro).__name__}: {mask(repr(coro))}")
        show(f"{task.get_name()} — asyncio.format_call_graph(task):")
        show(mask(asyncio.format_call_graph(task)).rstrip("\\n"))

def run(main, *, debug=None, loop_factory=None):
    with asyncio.Runner(debug=debug, loop_factory=loop_factory) as runner:
        runner.get_loop().call_at(AT, dump)
        return runner.run(main)

asyncio.run = run
with contextlib.redirect_stdout(io.StringIO()):
    exec(compile(${pyString(source)}, "main.py", "exec"), {"__name__": "__main__", "__file__": "main.py"})
print(report.getvalue(), end="")
`;
}

/** What CPython 3.14 prints for the artefact now. */
export async function generate(artifact: Artifact): Promise<string> {
  const source = twinSource(artifact);
  const probe =
    artifact.kind === "dis" ? disProbe(artifact, source) : framesProbe(artifact, source);
  const run = await runPython(probe, { filename: "probe.py" });
  if (run.error !== undefined) {
    throw new Error(`CPython failed on ${artifactPath(artifact)}: ${run.error}\n${run.stderr}`);
  }
  return run.stdout;
}

/** The committed artefact, or null when there is none. */
export function committed(artifact: Artifact): string | null {
  try {
    return readFileSync(new URL(artifactPath(artifact), ROOT), "utf8");
  } catch {
    return null;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes("--check");
  const stale: string[] = [];
  for (const artifact of ARTIFACTS) {
    const text = await generate(artifact);
    if (committed(artifact) === text) continue;
    if (check) stale.push(artifactPath(artifact));
    else {
      writeFileSync(new URL(artifactPath(artifact), ROOT), text);
      process.stdout.write(`wrote ${artifactPath(artifact)}\n`);
    }
  }
  if (stale.length > 0) {
    process.stderr.write(`stale (run npm run artifacts): ${stale.join(", ")}\n`);
    process.exitCode = 1;
  }
}
