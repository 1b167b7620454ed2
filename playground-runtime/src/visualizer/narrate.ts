/**
 * What just happened, in one sentence: the visualizer's caption for each step of a trace,
 * worded as the reader would say it ("Future-3 done → call_soon(Task-1 · __wakeup)"), with
 * the CPython names of what the loop did. Each language has the same sentences, by key, so a
 * translation rewords a whole sentence rather than gluing words together.
 */
import { is_runtime_frame } from "../asyncio/trace.ts";
import type { TraceReplay } from "./replay.ts";

/** A time on the loop's clock, to the millisecond (virtual time carries 1 ns ticks). */
export function seconds(t: number): string {
  return `${t.toFixed(3)} s`;
}

/** `template` with each `{name}` replaced by `values[name]` (left as it is if absent). */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

const en = {
  notStarted: "The program has not started: press a step button to begin.",
  handle: "handle {id}",
  task: "task {id}",
  "turn.ready.one":
    "Turn {n} of _run_once: 1 handle is ready; the loop runs exactly these, in order.",
  "turn.ready.many":
    "Turn {n} of _run_once: {count} handles are ready; the loop runs exactly these, in order.",
  "turn.waits":
    "Turn {n} of _run_once: nothing is ready, so the loop waits for the first timer, due at {when}.",
  "turn.idle": "Turn {n} of _run_once: nothing is ready and no timer is set.",
  clockAdvanced: "Nothing to run: the loop sleeps, and its clock moves from {from} to {to}.",
  loopClosed: "loop.close(): the loop is closed; whatever was still queued on it is dropped.",
  timerSet: "A timer is set: {label} goes on the heap, due at t = {when}.",
  where: "the ready queue, at position {position}",
  callSoon: "call_soon({label}) appends it to {where}.",
  firstStep: "create_task schedules {task}'s first step: call_soon({label}) puts it in {where}.",
  woken: "call_soon({label}): {task} is woken and joins {where}.",
  nextStep: "call_soon({label}): {task}'s next step joins {where}.",
  timerDue: "The timer {label} is due{due}: it moves to the back of the ready queue.",
  timerWhen: " (when = {when})",
  "timersRebuilt.one":
    "More than half the timers were cancelled: 1 cancelled timer leaves the heap, which is rebuilt.",
  "timersRebuilt.many":
    "More than half the timers were cancelled: {count} cancelled timers leave the heap, which is rebuilt.",
  "timersDropped.one": "1 cancelled timer at the top of the heap is thrown away.",
  "timersDropped.many": "{count} cancelled timers at the top of the heap are thrown away.",
  handleCancelled:
    "{label} is cancelled: it stays where it is, marked, and will be skipped when its turn comes.",
  handleSkipped: "{label} was cancelled: the loop drops it without running it.",
  runsTaskStep: "The loop runs {label}: {task} takes a step.",
  runs: "The loop runs {label}.",
  handleEnd: "{label} returns to the loop.",
  taskCreated: "create_task: {name} wraps the coroutine {coro}() (line {line}).",
  "taskCreatedShared.one":
    "create_task: {name} wraps the coroutine {coro}() (line {line}), in {context}, the context {sharing} runs in too.",
  "taskCreatedShared.many":
    "create_task: {name} wraps the coroutine {coro}() (line {line}), in {context}, the context {sharing} run in too.",
  itsCoroutine: "its coroutine",
  resumesThrown: "{name} resumes {coro}() at line {line} with {thrown} thrown in.",
  starts: "{name} starts running {coro}() from line {line}.",
  resumes: "{name} resumes {coro}() at line {line}.",
  yieldsBare:
    "{name} yields bare (as sleep(0) does): its next step is scheduled behind everything already ready.",
  suspended:
    "{name} is suspended{at}, awaiting {future}{inside}: {future}.add_done_callback({name} · __wakeup).",
  suspendedAt: " at line {line}",
  suspendedInside: " inside {function}()",
  "taskDone.result": "{name} is done: it returned {detail}.",
  "taskDone.exception": "{name} is done: it raised {detail}.",
  "taskDone.cancelled": "{name} is done: it was cancelled.",
  "future.result": "done",
  "future.exception": "done with an exception",
  "future.cancelled": "cancelled",
  futureCallbacks: "{label} {outcome} → {callbacks}.",
  futureNoCallback: "{label} {outcome}; no callback was waiting on it.",
  listSeparator: ", ",
  cancelRequested: "{label}.cancel({message}) is requested.",
  print: "print → {text}",
  stderr: "stderr → {text}",
};

type Messages = Record<keyof typeof en, string>;

const zhCn: Messages = {
  notStarted: "程序还没有开始：按一个单步按钮开始。",
  handle: "句柄 {id}",
  task: "任务 {id}",
  "turn.ready.one": "_run_once 第 {n} 轮：1 个句柄已就绪；循环按顺序运行的恰好就是这些。",
  "turn.ready.many": "_run_once 第 {n} 轮：{count} 个句柄已就绪；循环按顺序运行的恰好就是这些。",
  "turn.waits": "_run_once 第 {n} 轮：没有就绪的句柄，循环等待第一个定时器，它在 {when} 到期。",
  "turn.idle": "_run_once 第 {n} 轮：没有就绪的句柄，也没有设置定时器。",
  clockAdvanced: "没有可运行的：循环休眠，时钟从 {from} 走到 {to}。",
  loopClosed: "loop.close()：循环已关闭；仍在其中排队的一切都被丢弃。",
  timerSet: "设置了一个定时器：{label} 放入堆中，在 t = {when} 到期。",
  where: "就绪队列的第 {position} 位",
  callSoon: "call_soon({label}) 把它追加到{where}。",
  firstStep: "create_task 安排 {task} 的第一步：call_soon({label}) 把它放入{where}。",
  woken: "call_soon({label})：{task} 被唤醒，排入{where}。",
  nextStep: "call_soon({label})：{task} 的下一步排入{where}。",
  timerDue: "定时器 {label} 到期{due}：它移到就绪队列的末尾。",
  timerWhen: "（when = {when}）",
  "timersRebuilt.one": "超过一半的定时器已被取消：1 个已取消的定时器离开堆，堆被重建。",
  "timersRebuilt.many": "超过一半的定时器已被取消：{count} 个已取消的定时器离开堆，堆被重建。",
  "timersDropped.one": "堆顶 1 个已取消的定时器被丢弃。",
  "timersDropped.many": "堆顶 {count} 个已取消的定时器被丢弃。",
  handleCancelled: "{label} 被取消：它留在原位并被标记，轮到它时会被跳过。",
  handleSkipped: "{label} 已被取消：循环不运行它，直接丢弃。",
  runsTaskStep: "循环运行 {label}：{task} 执行一步。",
  runs: "循环运行 {label}。",
  handleEnd: "{label} 返回到循环。",
  taskCreated: "create_task：{name} 包装协程 {coro}()（第 {line} 行）。",
  "taskCreatedShared.one":
    "create_task：{name} 包装协程 {coro}()（第 {line} 行），运行在 {context} 中——{sharing} 也运行在这个上下文里。",
  "taskCreatedShared.many":
    "create_task：{name} 包装协程 {coro}()（第 {line} 行），运行在 {context} 中——{sharing} 也都运行在这个上下文里。",
  itsCoroutine: "它的协程",
  resumesThrown: "{name} 在第 {line} 行恢复 {coro}()，并向其中抛入 {thrown}。",
  starts: "{name} 从第 {line} 行开始运行 {coro}()。",
  resumes: "{name} 在第 {line} 行恢复 {coro}()。",
  yieldsBare: "{name} 裸让出（如 sleep(0)）：它的下一步排在所有已就绪的句柄之后。",
  suspended:
    "{name} 挂起{at}，等待 {future}{inside}：{future}.add_done_callback({name} · __wakeup)。",
  suspendedAt: "于第 {line} 行",
  suspendedInside: "（在 {function}() 内）",
  "taskDone.result": "{name} 完成：返回了 {detail}。",
  "taskDone.exception": "{name} 完成：抛出了 {detail}。",
  "taskDone.cancelled": "{name} 完成：它被取消了。",
  "future.result": "完成",
  "future.exception": "以异常完成",
  "future.cancelled": "被取消",
  futureCallbacks: "{label} {outcome} → {callbacks}。",
  futureNoCallback: "{label} {outcome}；没有回调在等待它。",
  listSeparator: "，",
  cancelRequested: "请求 {label}.cancel({message})。",
  print: "print → {text}",
  stderr: "stderr → {text}",
};

/** The narration in each language the guide has (the keys of src/i18n/lang.ts). */
export const narrations = { en, "zh-cn": zhCn } satisfies Record<string, Messages>;

export type NarrationLang = keyof typeof narrations;

function clip(text: string, max = 60): string {
  const line = text.replace(/\n$/, "").replaceAll("\n", "⏎");
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** The one-sentence caption for step `step` of the replayed trace. */
export function narrate(replay: TraceReplay, step: number, lang: NarrationLang = "en"): string {
  const messages: Messages = narrations[lang];
  const say = (key: keyof Messages, values?: Record<string, string | number>) =>
    fill(messages[key], values);
  const event = replay.events[step];
  if (event === undefined) return say("notStarted");
  const label = (id: number) => replay.handle(id)?.label ?? say("handle", { id });
  const task = (id: number) => replay.taskName(id) ?? say("task", { id });
  switch (event.type) {
    case "iteration": {
      const view = replay.at(step);
      const ready = view.ready.length;
      const first = view.timers[0];
      if (ready > 0) {
        return say(ready === 1 ? "turn.ready.one" : "turn.ready.many", {
          n: event.n,
          count: ready,
        });
      }
      if (first?.when !== undefined) {
        return say("turn.waits", { n: event.n, when: seconds(first.when) });
      }
      return say("turn.idle", { n: event.n });
    }
    case "clock_advanced":
      return say("clockAdvanced", { from: seconds(event.from), to: seconds(event.to) });
    case "loop_closed":
      return say("loopClosed");
    case "handle_scheduled": {
      if (event.queue === "timer") {
        return say("timerSet", { label: event.label, when: seconds(event.when ?? 0) });
      }
      const position = replay.at(step).ready.length;
      const where = say("where", { position });
      if (event.task === undefined) return say("callSoon", { label: event.label, where });
      const previous = replay.events[step - 1];
      if (previous?.type === "task_created" && previous.task === event.task) {
        return say("firstStep", { task: task(event.task), label: event.label, where });
      }
      if (event.label.endsWith("__wakeup")) {
        return say("woken", { label: event.label, task: task(event.task), where });
      }
      return say("nextStep", { label: event.label, task: task(event.task), where });
    }
    case "timer_ready": {
      const when = replay.handle(event.handle)?.when;
      const due = when === undefined ? "" : say("timerWhen", { when: seconds(when) });
      return say("timerDue", { label: label(event.handle), due });
    }
    case "timers_dropped": {
      const count = event.handles.length;
      const number = count === 1 ? "one" : "many";
      return say(`${event.rebuilt ? "timersRebuilt" : "timersDropped"}.${number}`, { count });
    }
    case "handle_cancelled":
      return say("handleCancelled", { label: label(event.handle) });
    case "handle_skipped":
      return say("handleSkipped", { label: label(event.handle) });
    case "handle_start": {
      const handle = replay.handle(event.handle);
      if (handle?.task !== undefined) {
        return say("runsTaskStep", { label: event.label, task: task(handle.task) });
      }
      return say("runs", { label: event.label });
    }
    case "handle_end":
      return say("handleEnd", { label: label(event.handle) });
    case "task_created": {
      const values = { name: event.name, coro: event.coro, line: event.line };
      // Each task runs in a copy of its creator's context; one given a context shares it.
      const sharing = replay
        .at(step - 1)
        .tasks.filter((t) => t.context === event.context)
        .map((t) => t.name);
      if (sharing.length === 0) return say("taskCreated", values);
      return say(sharing.length === 1 ? "taskCreatedShared.one" : "taskCreatedShared.many", {
        ...values,
        context: event.context,
        sharing: sharing.join(messages.listSeparator),
      });
    }
    case "task_step": {
      const before = replay.at(step - 1).tasks.find((t) => t.id === event.task);
      const coro = replay.taskCoro(event.task) ?? say("itsCoroutine");
      const values = { name: event.name, coro, line: event.line };
      if (event.thrown !== null) return say("resumesThrown", { ...values, thrown: event.thrown });
      return say(before?.state === "pending" ? "starts" : "resumes", values);
    }
    case "task_suspended": {
      if (event.future === null) {
        return say("yieldsBare", { name: event.name });
      }
      const user = event.stack.findLast((frame) => !is_runtime_frame(frame));
      const inner = event.stack.at(-1);
      const inside =
        inner && is_runtime_frame(inner) ? say("suspendedInside", { function: inner.name }) : "";
      const at = user ? say("suspendedAt", { line: user.line }) : "";
      return say("suspended", { name: event.name, at, future: event.futureLabel ?? "", inside });
    }
    case "task_done":
      return say(`taskDone.${event.outcome}`, { name: event.name, detail: event.detail });
    case "future_done": {
      const scheduled: string[] = [];
      for (let i = step + 1; i < replay.events.length; i++) {
        const next = replay.events[i];
        if (next.type !== "handle_scheduled" || next.queue !== "ready") break;
        scheduled.push(`call_soon(${next.label})`);
      }
      const outcome = say(`future.${event.outcome}`);
      return scheduled.length > 0
        ? say("futureCallbacks", {
            label: event.label,
            outcome,
            callbacks: scheduled.join(messages.listSeparator),
          })
        : say("futureNoCallback", { label: event.label, outcome });
    }
    case "cancel_requested": {
      const message = event.message === null ? "" : JSON.stringify(event.message);
      return say("cancelRequested", { label: event.label, message });
    }
    case "output":
      return say(event.stream === "stdout" ? "print" : "stderr", { text: clip(event.text) });
  }
}
