/// <reference lib="webworker" />
/**
 * The executor: compiles and runs one program, then is thrown away (the page starts a fresh
 * worker for every run). Output is batched so a program that prints in a tight loop sends a
 * few large messages instead of thousands of small ones.
 *
 * It speaks only through the MessagePort its first message brings, before any program runs,
 * and takes the worker's own `postMessage` away: a program cannot reach the port, so it can
 * neither fake the heartbeat that keeps it alive nor pass its messages off as the executor's.
 */
import { compile, execute } from "playground-runtime/execute";
import { type CompileRequest, parseRequest, type RunRequest, type RunSummary } from "./protocol.ts";
import { workerChannel } from "./worker-channel.ts";

/**
 * Run once as the worker starts, before any reader's program: a fresh worker's compiler and
 * runtime are cold (not yet optimised by the JavaScript engine), and this warms them while
 * the worker waits as the spare. `execute` starts every program on a fresh runtime.
 */
const WARM_UP = `import * as asyncio from "asyncio";
async function tick(n: number) {
  await asyncio.sleep(0);
  return n;
}
async function main() {
  print(await asyncio.gather(tick(1), tick(2)));
}
asyncio.run(main());
`;

const { post, connect, write, flush, heartbeat } = workerChannel();

execute({ "main.ts": WARM_UP }, { onStdout: () => {}, onStderr: () => {} });

self.onmessage = (event: MessageEvent) => {
  const port = event.ports[0];
  if (!(port instanceof MessagePort)) return;
  self.onmessage = null;
  connect(port);
  // One request per worker: the first is answered, and the port hears nothing after it.
  port.onmessage = (message) => {
    port.onmessage = null;
    const request = parseRequest(message.data);
    if (request?.type === "run") run(request);
    else if (request?.type === "compile") compileOnly(request);
  };
};

/** "Show compiled": the compiled code of each file, as the run would compile it. */
function compileOnly(request: CompileRequest) {
  try {
    const compiled = compile(request.files, request.entry);
    const files = Object.fromEntries(Object.entries(compiled).map(([name, f]) => [name, f.code]));
    post({ type: "compiled", files });
  } catch (error) {
    post({ type: "compiled", error: (error as Error).message });
  }
}

function run(request: RunRequest) {
  const result = execute(request.files, {
    entry: request.entry,
    clock: request.clock,
    trace: request.trace === true,
    onStdout: (text) => write("stdout", text),
    onStderr: (text) => write("stderr", text),
    onHeartbeat: heartbeat,
  });
  flush();
  if (result.trace) {
    post({ type: "trace", events: result.trace, truncated: result.traceTruncated === true });
  }
  const error = result.error;
  const summary: RunSummary = {
    ok: result.ok,
    errorType: error?.type,
    errorMessage: error?.message,
    location:
      error?.file && error.line
        ? { file: error.file, line: error.line, column: error.column }
        : undefined,
    stopped: result.limitHit,
    virtualTime: result.virtualTime,
    wallTime: result.wallTime,
  };
  post({ type: "done", summary });
}
