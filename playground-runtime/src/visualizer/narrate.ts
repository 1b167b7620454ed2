/**
 * What just happened, in one sentence: the visualizer's caption for each step of a trace,
 * worded as the reader would say it ("Future-3 done → call_soon(Task-1 · __wakeup)"), with
 * the CPython names of what the loop did.
 */
import { is_runtime_frame } from "../asyncio/trace.ts";
import type { TraceReplay } from "./replay.ts";

/** A time on the loop's clock, to the millisecond (virtual time carries 1 ns ticks). */
export function seconds(t: number): string {
  return `${t.toFixed(3)} s`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function clip(text: string, max = 60): string {
  const line = text.replace(/\n$/, "").replaceAll("\n", "⏎");
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** The one-sentence caption for step `step` of the replayed trace. */
export function narrate(replay: TraceReplay, step: number): string {
  const event = replay.events[step];
  if (event === undefined) return "The program has not started: press a step button to begin.";
  const label = (id: number) => replay.handle(id)?.label ?? `handle ${id}`;
  const task = (id: number) => replay.taskName(id) ?? `task ${id}`;
  switch (event.type) {
    case "iteration": {
      const view = replay.at(step);
      const ready = view.ready.length;
      const first = view.timers[0];
      if (ready > 0) {
        return `Turn ${event.n} of _run_once: ${plural(ready, "handle is", "handles are")} ready; the loop runs exactly these, in order.`;
      }
      if (first?.when !== undefined) {
        return `Turn ${event.n} of _run_once: nothing is ready, so the loop waits for the first timer, due at ${seconds(first.when)}.`;
      }
      return `Turn ${event.n} of _run_once: nothing is ready and no timer is set.`;
    }
    case "clock_advanced":
      return `Nothing to run: the loop sleeps, and its clock moves from ${seconds(event.from)} to ${seconds(event.to)}.`;
    case "loop_closed":
      return "loop.close(): the loop is closed; whatever was still queued on it is dropped.";
    case "handle_scheduled": {
      if (event.queue === "timer") {
        return `A timer is set: ${event.label} goes on the heap, due at t = ${seconds(event.when ?? 0)}.`;
      }
      const position = replay.at(step).ready.length;
      const where = `the ready queue, at position ${position}`;
      if (event.task === undefined) return `call_soon(${event.label}) appends it to ${where}.`;
      const previous = replay.events[step - 1];
      if (previous?.type === "task_created" && previous.task === event.task) {
        return `create_task schedules ${task(event.task)}'s first step: call_soon(${event.label}) puts it in ${where}.`;
      }
      if (event.label.endsWith("__wakeup")) {
        return `call_soon(${event.label}): ${task(event.task)} is woken and joins ${where}.`;
      }
      return `call_soon(${event.label}): ${task(event.task)}'s next step joins ${where}.`;
    }
    case "timer_ready": {
      const when = replay.handle(event.handle)?.when;
      const due = when === undefined ? "" : ` (when = ${seconds(when)})`;
      return `The timer ${label(event.handle)} is due${due}: it moves to the back of the ready queue.`;
    }
    case "timers_dropped":
      return event.rebuilt
        ? `More than half the timers were cancelled: ${plural(event.handles.length, "cancelled timer")} leave the heap, which is rebuilt.`
        : `${plural(event.handles.length, "cancelled timer")} at the top of the heap ${event.handles.length === 1 ? "is" : "are"} thrown away.`;
    case "handle_cancelled":
      return `${label(event.handle)} is cancelled: it stays where it is, marked, and will be skipped when its turn comes.`;
    case "handle_skipped":
      return `${label(event.handle)} was cancelled: the loop drops it without running it.`;
    case "handle_start": {
      const handle = replay.handle(event.handle);
      if (handle?.task !== undefined) {
        return `The loop runs ${event.label}: ${task(handle.task)} takes a step.`;
      }
      return `The loop runs ${event.label}.`;
    }
    case "handle_end":
      return `${label(event.handle)} returns to the loop.`;
    case "task_created": {
      const created = `create_task: ${event.name} wraps the coroutine ${event.coro}() (line ${event.line})`;
      // Each task runs in a copy of its creator's context; one given a context shares it.
      const sharing = replay
        .at(step - 1)
        .tasks.filter((t) => t.context === event.context)
        .map((t) => t.name);
      if (sharing.length === 0) return `${created}.`;
      return `${created}, in ${event.context}, the context ${sharing.join(", ")} ${sharing.length === 1 ? "runs" : "run"} in too.`;
    }
    case "task_step": {
      const before = replay.at(step - 1).tasks.find((t) => t.id === event.task);
      const coro = `${replay.taskCoro(event.task) ?? "its coroutine"}()`;
      if (event.thrown !== null) {
        return `${event.name} resumes ${coro} at line ${event.line} with ${event.thrown} thrown in.`;
      }
      if (before?.state === "pending") {
        return `${event.name} starts running ${coro} from line ${event.line}.`;
      }
      return `${event.name} resumes ${coro} at line ${event.line}.`;
    }
    case "task_suspended": {
      if (event.future === null) {
        return `${event.name} yields bare (as sleep(0) does): its next step is scheduled behind everything already ready.`;
      }
      const user = event.stack.findLast((frame) => !is_runtime_frame(frame));
      const inner = event.stack.at(-1);
      const inside = inner && is_runtime_frame(inner) ? ` inside ${inner.name}()` : "";
      const at = user ? ` at line ${user.line}` : "";
      return `${event.name} is suspended${at}, awaiting ${event.futureLabel}${inside}: ${event.futureLabel}.add_done_callback(${event.name} · __wakeup).`;
    }
    case "task_done":
      if (event.outcome === "result") return `${event.name} is done: it returned ${event.detail}.`;
      if (event.outcome === "exception") return `${event.name} is done: it raised ${event.detail}.`;
      return `${event.name} is done: it was cancelled.`;
    case "future_done": {
      const scheduled: string[] = [];
      for (let i = step + 1; i < replay.events.length; i++) {
        const next = replay.events[i];
        if (next.type !== "handle_scheduled" || next.queue !== "ready") break;
        scheduled.push(`call_soon(${next.label})`);
      }
      const outcome =
        event.outcome === "result"
          ? "done"
          : event.outcome === "exception"
            ? "done with an exception"
            : "cancelled";
      return scheduled.length > 0
        ? `${event.label} ${outcome} → ${scheduled.join(", ")}.`
        : `${event.label} ${outcome}; no callback was waiting on it.`;
    }
    case "cancel_requested":
      return `${event.label}.cancel(${event.message === null ? "" : JSON.stringify(event.message)}) is requested.`;
    case "output":
      return event.stream === "stdout"
        ? `print → ${clip(event.text)}`
        : `stderr → ${clip(event.text)}`;
  }
}
