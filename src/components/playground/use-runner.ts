/**
 * One playground's runs: the program running now, what it printed, how it ended and, for a
 * visualized or timed run, its trace. A reducer owns the state, so every run starts from a clean slate
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
  /**
   * The run is one to step through, not one the reader ran: its output belongs to the
   * visualizer's "Output so far", and it grades no prediction.
   */
  visualized: boolean;
  output: OutputChunk[];
  summary: RunSummary | null;
  /** The trace open in the visualizer. */
  traced: Traced | null;
  /** The last run's trace, when it recorded one (a playground's timeline draws it). */
  ran: Omit<Traced, "initialStep"> | null;
}

type Action =
  | { type: "start"; visualized: boolean }
  | { type: "output"; chunks: OutputChunk[] }
  | { type: "done"; summary: RunSummary; ran: RunnerState["ran"]; traced: Traced | null }
  | { type: "open-trace"; step: number }
  | { type: "close-trace" }
  | { type: "clear" };

const idle: RunnerState = {
  status: "idle",
  visualized: false,
  output: [],
  summary: null,
  traced: null,
  ran: null,
};

function reduce(state: RunnerState, action: Action): RunnerState {
  switch (action.type) {
    case "start":
      return { ...idle, status: "running", visualized: action.visualized };
    case "output":
      return { ...state, output: [...state.output, ...action.chunks] };
    case "done":
      return {
        ...state,
        status: "done",
        summary: action.summary,
        ran: action.ran,
        traced: action.traced,
      };
    case "open-trace":
      return state.ran ? { ...state, traced: { ...state.ran, initialStep: action.step } } : state;
    case "close-trace":
      return { ...state, traced: null };
    case "clear":
      return idle;
  }
}

/**
 * How to run: on which clock, whether to visualize it (opening the visualizer at an anchor),
 * and whether to record its trace all the same (for a timeline).
 */
export interface RunOptions {
  clock: Clock;
  visualize?: { at: string | null };
  trace?: boolean;
}

export function useRunner(entry: string) {
  const [state, dispatch] = useReducer(reduce, idle);
  const program = useRef<RunningProgram | null>(null);

  const stop = useCallback(() => program.current?.stop(), []);

  const run = useCallback(
    (files: Record<string, string>, { clock, visualize, trace: timed = false }: RunOptions) => {
      program.current?.stop();
      dispatch({ type: "start", visualized: visualize !== undefined });
      let trace: Omit<Traced, "initialStep"> | null = null;
      const running = startRun(
        // The visualizer steps through virtual time: a trace on the real clock says the same.
        {
          files,
          entry,
          clock: visualize ? "virtual" : clock,
          trace: visualize !== undefined || timed,
        },
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
            const ran = trace && trace.events.length > 0 ? trace : null;
            const traced = ran && visualize ? { ...ran, initialStep: at } : null;
            dispatch({ type: "done", summary, ran, traced });
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
  /** Opens the last run's trace in the visualizer at `step` (a timeline's bar was chosen). */
  const openTrace = useCallback((step: number) => dispatch({ type: "open-trace", step }), []);
  const closeTrace = useCallback(() => dispatch({ type: "close-trace" }), []);

  useEffect(() => () => program.current?.stop(), []);

  return { ...state, run, stop, clear, openTrace, closeTrace };
}
