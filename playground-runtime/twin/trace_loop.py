"""The loop's trace, recorded from inside CPython's own asyncio.

The events are those of the runtime's ``src/asyncio/trace.ts`` (its README has the table), so
the same visualizer replays a CPython run. Nothing here changes what asyncio does: the loop is
CPython's ``BaseEventLoop`` with its own ``_run_once``, the tasks are CPython's C ``Task``, the
handles CPython's ``Handle``. The trace watches them from the places a subclass can reach:

- the loop's ready deque is a ``deque`` that tells the trace what is appended (a callback
  scheduled, or a due timer moved there by ``_run_once``) and what ``_run_once`` takes off its
  front (run, or skipped when cancelled);
- ``call_at`` (every timer goes through it), ``_timer_handle_cancelled``, the selector's wait
  (a turn of ``_run_once`` has begun and dropped its cancelled timers; the clock jumps),
  ``close``;
- ``create_task`` makes ``Task`` and ``create_future`` makes ``Future``: CPython's classes
  under their own names, which also report ``cancel()`` calls and results set;
- a task's step is a handle whose callback is the task's ``__step`` or ``__wakeup``. What the
  step did is read off the task when the next event is recorded: once ``_fut_waiter`` is set
  the coroutine has yielded a future (``task_suspended``), once the task is done it finished.

That last rule is why every event first brings the trace up to date (``_sync``): the order of
events is then the order in which CPython did things, as the runtime reports them.
"""

import collections
import heapq
import weakref
from asyncio import coroutines, events, futures, tasks

current = None
"""The trace being recorded for the program running now, or None."""

MAX_EVENTS = 100_000
"""Events kept before the trace stops (the program runs on), as the runtime's ``execute``."""


class _Step:
    """A task's step in progress: what has been said of it so far."""

    __slots__ = ("task", "suspended")

    def __init__(self, task):
        self.task = task
        self.suspended = False


class Trace:
    """The events of one program run, numbered and stamped as the runtime stamps them."""

    def __init__(self, now, max_events=MAX_EVENTS):
        self.events = []
        self.truncated = False
        self._now = now
        self._max_events = max_events
        # id(obj) -> (number, weak reference): a number for each object the trace mentions.
        # Weak, so that tracing never keeps a future or coroutine alive longer than CPython.
        self._ids = {}
        self._next_id = 1
        self._names = {}
        self._name_counts = {}
        self._announced = weakref.WeakSet()
        self._reported_done = weakref.WeakSet()
        # Handles whose cancellation has been reported, until they leave the queues.
        self._cancel_marked = {}
        self._steps = []
        self._running = None
        self._creating = 0
        self._wait_from = None
        self.loops = weakref.WeakSet()

    # -- numbering ------------------------------------------------------------------------

    def id_of(self, obj):
        key = id(obj)
        entry = self._ids.get(key)
        if entry is not None and entry[1]() is obj:
            return entry[0]
        number = self._next_id
        self._next_id += 1
        ids = self._ids
        self._ids[key] = (number, weakref.ref(obj, lambda _, key=key: ids.pop(key, None)))
        return number

    def name_of(self, obj, kind):
        """``Future-1``, ``Future-2``…: numbered per kind in the order first mentioned."""
        key = id(obj)
        entry = self._names.get(key)
        if entry is not None and entry[1]() is obj:
            return entry[0]
        count = self._name_counts.get(kind, 0) + 1
        self._name_counts[kind] = count
        names = self._names
        name = f"{kind}-{count}"
        names[key] = (name, weakref.ref(obj, lambda _, key=key: names.pop(key, None)))
        return name

    def label_of_future(self, fut):
        if isinstance(fut, tasks.Task):
            return fut.get_name()
        return self.name_of(fut, "Future")

    def label_of_handle(self, handle):
        callback = handle._callback
        if callback is None:
            return "<cancelled>"
        task = _task_of(callback)
        if task is not None:
            return f"{task.get_name()} · {_task_method(callback)}"
        name = getattr(callback, "__name__", None) or type(callback).__name__
        return f"{name}({', '.join(map(repr, handle._args or ()))})"

    # -- recording ------------------------------------------------------------------------

    def emit(self, type, **fields):
        self._sync()
        self._record(type, fields)

    def _record(self, type, fields):
        if len(self.events) >= self._max_events:
            self.truncated = True
            return
        event = {"type": type, **fields}
        event["seq"] = len(self.events)
        event["time"] = self._now()
        self.events.append(event)

    def _sync(self):
        """Says what CPython has done since the last event and no hook saw happen."""
        if self._running is not None and not self._running[0]._loop.is_running():
            # The loop stopped after its last handle returned.
            self.handle_returned()
        if self._wait_from is not None and self._now() != self._wait_from:
            self._record("clock_advanced", {"from": self._wait_from, "to": self._now()})
            self._wait_from = self._now()
        if self._creating:
            self._sync_eager_start()
        if self._steps:
            step = self._steps[-1]
            task = step.task
            waiter = task._fut_waiter
            if not step.suspended and waiter is not None:
                step.suspended = True
                self._record_suspended(task, waiter)
            if task.done():
                self._report_done(task)
        for loop in self.loops:
            for handle in loop._ready:
                if handle._cancelled and not self._is_marked(handle):
                    self._mark_cancelled(handle)

    def _sync_eager_start(self):
        # An eager task's first step runs inside ``Task.__init__``; it is the current task
        # from its first line on.
        for loop in self.loops:
            task = tasks.current_task(loop)
            if task is not None and not any(s.task is task for s in self._steps):
                self._announce(task)
                self._open_step(task, None, first=True)

    def _announce(self, task):
        if task in self._announced:
            return
        self._announced.add(task)
        coro = task.get_coro()
        code = getattr(coro, "cr_code", None)
        self._record(
            "task_created",
            {
                "task": self.id_of(task),
                "name": task.get_name(),
                "coro": getattr(coro, "__qualname__", type(coro).__name__),
                "file": code.co_filename if code else "",
                "line": code.co_firstlineno if code else 0,
                "context": self.name_of(task.get_context(), "Context"),
            },
        )

    def _open_step(self, task, thrown, first=False):
        coro = task.get_coro()
        code = getattr(coro, "cr_code", None)
        frame = getattr(coro, "cr_frame", None)
        self._steps.append(_Step(task))
        self._record(
            "task_step",
            {
                "task": self.id_of(task),
                "name": task.get_name(),
                "file": code.co_filename if code else "",
                "line": (code.co_firstlineno if first or frame is None else frame.f_lineno)
                if code
                else 0,
                "thrown": thrown,
            },
        )

    def _close_step(self):
        step = self._steps.pop()
        task = step.task
        if task.done():
            self._report_done(task)
            exception = None if task.cancelled() else task._exception
            if task.cancelled():
                outcome, detail = "cancelled", ""
            elif exception is not None:
                outcome, detail = "exception", repr(exception)
            else:
                outcome, detail = "result", repr(task._result)
            self._record(
                "task_done",
                {
                    "task": self.id_of(task),
                    "name": task.get_name(),
                    "outcome": outcome,
                    "detail": detail,
                },
            )
        elif not step.suspended and task._fut_waiter is not None:
            self._record_suspended(task, task._fut_waiter)

    def _record_suspended(self, task, future):
        stack = []
        coro = task.get_coro()
        while coroutines.iscoroutine(coro) and hasattr(coro, "cr_code"):
            frame = coro.cr_frame
            stack.append(
                {
                    "name": coro.__qualname__,
                    "file": coro.cr_code.co_filename,
                    "line": frame.f_lineno if frame is not None else 0,
                }
            )
            coro = coro.cr_await
        self._record(
            "task_suspended",
            {
                "task": self.id_of(task),
                "name": task.get_name(),
                "future": None if future is None else self.id_of(future),
                "futureLabel": None if future is None else self.label_of_future(future),
                "stack": stack,
            },
        )

    def _report_done(self, fut):
        if fut in self._reported_done:
            return
        self._reported_done.add(fut)
        if fut.cancelled():
            outcome = "cancelled"
        elif fut._exception is not None:
            outcome = "exception"
        else:
            outcome = "result"
        self._record(
            "future_done",
            {"future": self.id_of(fut), "label": self.label_of_future(fut), "outcome": outcome},
        )

    def _is_marked(self, handle):
        mark = self._cancel_marked.get(id(handle))
        return mark is not None and mark() is handle

    def _mark_cancelled(self, handle):
        self._cancel_marked[id(handle)] = weakref.ref(handle)
        self._record("handle_cancelled", {"handle": self.id_of(handle)})

    # -- what the hooks tell ----------------------------------------------------------------

    def scheduled(self, loop, handle, queue):
        """``handle`` was appended to ``loop``'s ready queue or pushed on its heap."""
        callback = handle._callback
        task = _task_of(callback)
        self._sync()
        if task is not None:
            self._announce(task)
            step = self._steps[-1] if self._steps else None
            if (
                step is not None
                and step.task is task
                and not step.suspended
                and _task_method(callback) == "__step"
            ):
                # A bare ``yield`` (``sleep(0)``): the task reschedules its own step.
                step.suspended = True
                self._record_suspended(task, None)
        args = handle._args
        if (
            args is not None
            and len(args) == 1
            and futures.isfuture(args[0])
            and args[0].done()
        ):
            # A done future's callbacks are being scheduled: it is done from now on.
            self._report_done(args[0])
        fields = {
            "loop": self.id_of(loop),
            "handle": self.id_of(handle),
            "label": self.label_of_handle(handle),
            "queue": queue,
        }
        if queue == "timer":
            fields["when"] = handle._when
        if task is not None:
            fields["task"] = self.id_of(task)
        self._record("handle_scheduled", fields)

    def output(self, stream, text):
        """The program wrote ``text``: one event per line, as ``print`` writes a line in
        pieces (the values, the separators, the end)."""
        self._sync()
        last = self.events[-1] if self.events else None
        if (
            last is not None
            and last["type"] == "output"
            and last["stream"] == stream
            and not last["text"].endswith("\n")
        ):
            last["text"] += text
        else:
            self._record("output", {"stream": stream, "text": text})

    def timer_ready(self, handle):
        self.emit("timer_ready", handle=self.id_of(handle))

    def timers_dropped(self, handles, rebuilt):
        for handle in handles:
            self._cancel_marked.pop(id(handle), None)
        self.emit(
            "timers_dropped", handles=[self.id_of(h) for h in handles], rebuilt=rebuilt
        )

    def timer_cancelled(self, handle):
        if not handle._cancelled and not self._is_marked(handle):
            self._sync()
            self._mark_cancelled(handle)

    def taken(self, handle):
        """``_run_once`` took ``handle`` off the front of the ready queue."""
        self.handle_returned()
        self._sync()
        handle_id = self.id_of(handle)
        if handle._cancelled:
            if not self._is_marked(handle):
                self._mark_cancelled(handle)
            self._cancel_marked.pop(id(handle), None)
            self._record("handle_skipped", {"handle": handle_id})
            return
        self._record("handle_start", {"handle": handle_id, "label": self.label_of_handle(handle)})
        callback = handle._callback
        task = _task_of(callback)
        if task is not None:
            self._open_step(task, _thrown_into(task, callback, handle._args))
            self._running = (handle, True)
        else:
            self._running = (handle, False)

    def handle_returned(self):
        """The handle the loop was running has returned: the next one is taken, the next turn
        begins, or the loop stopped."""
        if self._running is None:
            return
        handle, is_step = self._running
        self._running = None
        self._sync()
        if is_step:
            self._close_step()
        self._record("handle_end", {"handle": self.id_of(handle)})

    def creating_task(self):
        self._creating += 1

    def created_task(self, task):
        """``create_task`` returned ``task`` (None: it raised); an eager one may have run its
        first step."""
        self._creating -= 1
        if task is None:
            return
        self._sync()
        if task not in self._announced:
            # Eager, and its first step emitted nothing on its way.
            self._announce(task)
            self._open_step(task, None, first=True)
        if self._steps and self._steps[-1].task is task:
            self._close_step()

    def finish(self):
        """The program ended: says what is still unsaid."""
        self._sync()
        self.handle_returned()

    def waiting(self):
        self._wait_from = self._now()

    def waited(self):
        self._sync()
        self._wait_from = None


def _task_of(callback):
    """The task whose ``__step`` or ``__wakeup`` a callback is, if it is one."""
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, tasks.Task) and _task_method(callback) is not None:
        return owner
    return None


def _task_method(callback):
    """``__step`` or ``__wakeup``, as ``tasks.py`` names them (the C Task schedules a
    ``TaskStepMethWrapper`` and its ``task_wakeup`` method)."""
    name = getattr(callback, "__name__", None)
    if name in ("task_wakeup", "__wakeup"):
        return "__wakeup"
    if name is None or name == "__step":
        return "__step"
    return None


def _thrown_into(task, callback, args):
    """What ``__step`` will throw into the coroutine: the cancellation it owes, or the
    exception of the future that woke it."""
    if task._must_cancel:
        return "CancelledError"
    if _task_method(callback) == "__wakeup" and args:
        fut = args[0]
        # A Future-like object of the program's own may lack a Future's internals.
        cancelled = getattr(fut, "cancelled", None)
        if cancelled is not None and cancelled():
            return "CancelledError"
        exception = getattr(fut, "_exception", None)
        if exception is not None:
            return type(exception).__name__
    return None


class _ReadyQueue(collections.deque):
    """The loop's ``_ready`` deque, telling the trace what enters and leaves it."""

    def __init__(self, loop):
        super().__init__()
        self._loop_ref = weakref.ref(loop)

    def append(self, handle):
        super().append(handle)
        trace = current
        if trace is None:
            return
        if isinstance(handle, events.TimerHandle):
            # Only ``_run_once`` moves a timer here: it is due.
            trace.timer_ready(handle)
            self._loop_ref()._saw_heap()
        else:
            trace.scheduled(self._loop_ref(), handle, "ready")

    def popleft(self):
        handle = super().popleft()
        if current is not None:
            current.taken(handle)
        return handle


class _WatchedSelector:
    """The loop's selector, telling the loop when it is about to wait and when it is done."""

    def __init__(self, selector, loop):
        self._selector = selector
        self._loop = loop

    def select(self, timeout=None):
        self._loop._before_wait()
        try:
            return self._selector.select(timeout)
        finally:
            self._loop._after_wait()

    def close(self):
        self._selector.close()


class Task(tasks.Task):
    """CPython's Task, telling the trace when it is asked to cancel."""

    def cancel(self, msg=None):
        if current is not None and not self.done():
            current.emit(
                "cancel_requested",
                target=current.id_of(self),
                label=self.get_name(),
                message=msg,
            )
        return super().cancel(msg)


Task.__module__ = tasks.Task.__module__


class Future(futures.Future):
    """CPython's Future, telling the trace when it is done, even with no callback waiting."""

    def set_result(self, result):
        if current is not None and not self.done():
            self._done_as("result")
        super().set_result(result)

    def set_exception(self, exception):
        if current is not None and not self.done():
            self._done_as("exception")
        super().set_exception(exception)

    def cancel(self, msg=None):
        if current is not None and not self.done():
            self._done_as("cancelled")
        return super().cancel(msg)

    def _done_as(self, outcome):
        trace = current
        trace._sync()
        trace._reported_done.add(self)
        trace._record(
            "future_done",
            {"future": trace.id_of(self), "label": trace.label_of_future(self), "outcome": outcome},
        )


Future.__module__ = futures.Future.__module__


class TracingLoop:
    """Mixed in before a ``BaseEventLoop`` subclass: the loop reports to ``current``."""

    def __init__(self):
        super().__init__()
        self._ready = _ReadyQueue(self)
        self._selector = _WatchedSelector(self._selector, self)
        self._turns = 0
        self._saw_heap()
        if current is not None:
            current.loops.add(self)

    def create_future(self):
        future = Future(loop=self)
        if future._source_traceback:
            # This method's frame, where CPython's create_future has none of its own.
            del future._source_traceback[-1]
        return future

    def create_task(self, coro, **kwargs):
        trace = current
        if trace is None:
            return super().create_task(coro, **kwargs)
        trace.creating_task()
        task = None
        try:
            if self._task_factory is not None:
                task = super().create_task(coro, **kwargs)
            else:
                # CPython's default branch, with the Task that reports cancel requests.
                self._check_closed()
                task = Task(coro, loop=self, **kwargs)
                if task._source_traceback:
                    del task._source_traceback[-1]
            return task
        finally:
            trace.created_task(task)

    def call_at(self, when, callback, *args, context=None):
        timer = super().call_at(when, callback, *args, context=context)
        if timer._source_traceback:
            # This wrapper's frame, dropped as CPython drops its own helpers'.
            del timer._source_traceback[-1]
        if current is not None:
            current.scheduled(self, timer, "timer")
            self._saw_heap()
        return timer

    def _timer_handle_cancelled(self, handle):
        if current is not None:
            current.timer_cancelled(handle)
        super()._timer_handle_cancelled(handle)

    def _saw_heap(self):
        """Remembers the heap as it is now: the next turn drops cancelled timers from it."""
        self._heap_seen = self._scheduled
        self._heap_copy = list(self._scheduled)

    def _before_wait(self):
        """The selector is about to wait: a turn of ``_run_once`` has begun and dropped the
        cancelled timers it drops. (``_run_once`` itself is not wrapped: a frame of ours under
        every callback would show in debug mode's coroutine-origin stacks.)"""
        trace = current
        if trace is None:
            return
        trace.handle_returned()
        self._turns += 1
        trace.emit("iteration", loop=trace.id_of(self), n=self._turns)
        before = self._heap_copy
        if self._scheduled is not self._heap_seen:
            trace.timers_dropped([h for h in before if h._cancelled], True)
        elif len(before) > len(self._scheduled):
            # Popped from the top, one by one: the same pops on a copy say in which order.
            popped = []
            heap = list(before)
            while len(heap) > len(self._scheduled):
                popped.append(heapq.heappop(heap))
            trace.timers_dropped(popped, False)
        self._saw_heap()
        trace.waiting()

    def _after_wait(self):
        if current is not None:
            current.waited()

    def close(self):
        was_closed = self.is_closed()
        super().close()
        if current is not None and not was_closed:
            current.emit("loop_closed", loop=current.id_of(self))

