/**
 * One playground's runs: the program running now, what it printed, how it ended and, for a
 * visualized or timed run, its trace. A reducer owns the state, so every run starts from a clean slate
 * and a stopped run's late messages cannot mix into the next one.
 */
import type { TraceEvent } from "playground-runtime/trace";
import { useCallback, useEffect, useReducer, useRef } from "react";
import { type RunningProgram, startRun } from "../../executor/host.ts";
import type { Clock, Language, OutputChunk, RunSummary } from "../../executor/protocol.ts";
import type { Progress } from "../../executor/python-files.ts";
import { findAnchor, parseAnchor } from "../visualizer/anchor.ts";
import { TWIN } from "./file-tab.tsx";

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
  /** A Python run's download of CPython, while it goes on. */
  loading: Progress | null;
  /** What the last run ran (the console says which). */
  language: Language;
}

type Action =
  | { type: "start"; language: Language; visualized: boolean }
  | { type: "loading"; progress: Progress }
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
  loading: null,
  language: "typescript",
};

function reduce(state: RunnerState, action: Action): RunnerState {
  switch (action.type) {
    case "start":
      return {
        ...idle,
        status: "running",
        language: action.language,
        visualized: action.visualized,
      };
    case "loading":
      return { ...state, loading: action.progress };
    case "output":
      return { ...state, loading: null, output: [...state.output, ...action.chunks] };
    case "done":
      return {
        ...state,
        loading: null,
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
  /** TypeScript (our runtime) unless it says Python (CPython, downloaded on first use). */
  language?: Language;
}

export function useRunner(entry: string) {
  const [state, dispatch] = useReducer(reduce, idle);
  const program = useRef<RunningProgram | null>(null);

  const stop = useCallback(() => program.current?.stop(), []);

  const run = useCallback(
    (
      files: Record<string, string>,
      { clock, visualize, trace: timed = false, language = "typescript" }: RunOptions,
    ) => {
      program.current?.stop();
      dispatch({ type: "start", language, visualized: visualize !== undefined });
      let trace: Omit<Traced, "initialStep"> | null = null;
      const running = startRun(
        // The visualizer steps through virtual time: a trace on the real clock says the same.
        {
          files,
          entry: language === "python" ? TWIN : entry,
          clock: visualize ? "virtual" : clock,
          trace: visualize !== undefined || timed,
          language,
        },
        {
          onOutput: (chunks) => {
            if (program.current === running) dispatch({ type: "output", chunks });
          },
          onLoading: (progress) => {
            if (program.current === running) dispatch({ type: "loading", progress });
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
