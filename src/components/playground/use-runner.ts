/**
 * One playground's runs: the program running now, what it printed, how it ended and, for a
 * visualized run, its trace. A reducer owns the state, so every run starts from a clean slate
 * and a stopped run's late messages cannot mix into the next one.
 */
import type { TraceEvent } from "playground-runtime/trace";
import { useCallback, useEffect, useReducer, useRef } from "react";
import { type RunningProgram, startRun } from "../../executor/host.ts";
import type { Clock, OutputChunk, RunSummary } from "../../executor/protocol.ts";
import { findAnchor, parseAnchor } from "../visualizer/anchor.ts";

/** A finished run's trace, open in the visualizer. */
export interface Traced {
  events: TraceEvent[];
  truncated: boolean;
  initialStep: number;
}

export interface RunnerState {
  status: "idle" | "running" | "done";
  output: OutputChunk[];
  summary: RunSummary | null;
  traced: Traced | null;
}

type Action =
  | { type: "start" }
  | { type: "output"; chunks: OutputChunk[] }
  | { type: "done"; summary: RunSummary; traced: Traced | null }
  | { type: "close-trace" }
  | { type: "clear" };

const idle: RunnerState = { status: "idle", output: [], summary: null, traced: null };

function reduce(state: RunnerState, action: Action): RunnerState {
  switch (action.type) {
    case "start":
      return { ...idle, status: "running" };
    case "output":
      return { ...state, output: [...state.output, ...action.chunks] };
    case "done":
      return { ...state, status: "done", summary: action.summary, traced: action.traced };
    case "close-trace":
      return { ...state, traced: null };
    case "clear":
      return idle;
  }
}

/** How to run: on which clock, and whether to record the trace (opening it at an anchor). */
export interface RunOptions {
  clock: Clock;
  visualize?: { at: string | null };
}

export function useRunner(entry: string) {
  const [state, dispatch] = useReducer(reduce, idle);
  const program = useRef<RunningProgram | null>(null);

  const stop = useCallback(() => program.current?.stop(), []);

  const run = useCallback(
    (files: Record<string, string>, { clock, visualize }: RunOptions) => {
      program.current?.stop();
      dispatch({ type: "start" });
      let trace: Omit<Traced, "initialStep"> | null = null;
      const running = startRun(
        // The visualizer steps through virtual time: a trace on the real clock says the same.
        { files, entry, clock: visualize ? "virtual" : clock, trace: visualize !== undefined },
        {
          onOutput: (chunks) => {
            if (program.current === running) dispatch({ type: "output", chunks });
          },
          onTrace: (events, truncated) => {
            trace = { events, truncated };
          },
          onDone: (summary) => {
            if (program.current !== running) return;
            program.current = null;
            const at = visualize?.at
              ? findAnchor(trace?.events ?? [], parseAnchor(visualize.at))
              : -1;
            const traced = trace && trace.events.length > 0 ? { ...trace, initialStep: at } : null;
            dispatch({ type: "done", summary, traced });
          },
        },
      );
      program.current = running;
    },
    [entry],
  );

  const clear = useCallback(() => {
    program.current?.stop();
    program.current = null;
    dispatch({ type: "clear" });
  }, []);
  const closeTrace = useCallback(() => dispatch({ type: "close-trace" }), []);

  useEffect(() => () => program.current?.stop(), []);

  return { ...state, run, stop, clear, closeTrace };
}
