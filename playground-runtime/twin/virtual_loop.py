"""CPython's asyncio on deterministic virtual time: the oracle for the playground runtime.

A demo's Python twin is an ordinary program that calls ``asyncio.run(main())``. Run through
``run_fresh`` (or ``python virtual_loop.py twin.py``), it gets CPython's own asyncio, start-up
and shut-down included, with one change: the loop's clock is virtual, so ``sleep(5)`` is
instant and every run prints the same lines in the same order. The TypeScript runtime keeps
the same clock model (DESIGN.md, "Clocks"), which is what lets the two be compared line by line.

The clock
    Starts at 0 for each program. Every read (``loop.time()``, ``time.monotonic()``,
    ``time.perf_counter()``, ``time.time()``) first adds 1 ns, as real time creeps between two
    reads; that is what keeps two timers set one after the other with the same delay in the
    order they were set. When ``_run_once`` finds nothing ready it "waits" by adding the
    timeout it computed to the clock. ``time.sleep(s)`` on the loop's thread adds ``s`` while
    holding the loop, as a blocking call does.

Deadlocks and runaways
    A wait with no timeout and no thread at work means nothing can ever happen again: a real
    loop would hang, this one raises ``Deadlock``. A program that keeps the loop busy forever
    (``while True: await asyncio.sleep(1)``) would spin forever on virtual time, so the number
    of loop iterations is capped and ``Runaway`` is raised past it.

Threads (``run_in_executor``, ``to_thread``)
    Pyodide cannot start threads, and real threads would not be deterministic anyway. The
    default executor is a pool of virtual threads, the same model as the TypeScript runtime's
    ``src/asyncio/threads.ts``:

    - Work starts when it is submitted, if one of the pool's workers is free (5 of them:
      ``min(32, cpu_count + 4)`` with pyodide's single CPU), otherwise when a worker frees up,
      in FIFO order. Cancelling the asyncio future before the work starts means it never runs.
    - The function then runs to completion at once, on its own timeline: its clock starts at
      the loop's ``time()`` (one read) at the start, its ``time.sleep(s)`` moves only that
      clock, its clock reads tick 1 ns each. No loop runs on that thread, so
      ``get_running_loop()`` raises there as it does in CPython.
    - The work *finishes* at its own clock's final value (start + time slept). Until the loop's
      clock gets there, the outcome waits, exactly like bytes not yet written to the loop's
      self-pipe: the loop's idle wait ends at that time instead of the full timeout, and only
      then does the concurrent future complete and CPython's ``_chain_future`` carry the
      outcome over with ``call_soon_threadsafe``. So a function sleeping ``s`` delivers its
      result at start + ``s`` as a ready callback ahead of the timers due by then, and the loop
      keeps running other tasks meanwhile. Work that never slept finishes before
      ``run_in_executor`` returns.
    - ``shutdown_default_executor`` (the last step of ``asyncio.run``) joins the pool as
      CPython's joining thread does: it completes when the last worker finishes, at that
      worker's virtual finish time.

    The model's one blind spot: a function's side effects happen when it starts, so a thread
    function that prints after sleeping prints early. Real CPython's order there depends on
    the OS scheduler anyway; demos keep thread functions quiet and print from the loop.

Warnings
    A coroutine that is never awaited warns when it is destroyed; CPython's reference counting
    makes that immediate, and ``gc.collect()`` at the end of the program flushes the ones kept
    alive by reference cycles, so the ``RuntimeWarning`` always reaches stderr.
"""

import asyncio
import builtins
import concurrent.futures
import contextvars
import gc
import importlib.abc
import importlib.util
import io
import json
import linecache
import os
import sys
import time
import traceback
import warnings
from asyncio import events, futures, timeouts

NS = 1e-9
"""One nanosecond: what every clock read adds."""

MAX_ITERATIONS = 1_000_000
"""Loop iterations a program may run before it is stopped as a runaway, unless told otherwise
(the TypeScript runtime's ``execute`` has the same default)."""

DEFAULT_MAX_WORKERS = min(32, 1 + 4)
"""``ThreadPoolExecutor``'s default pool size with one CPU, as under pyodide."""


class Deadlock(RuntimeError):
    """The loop would wait forever: nothing is ready, scheduled, or running on a thread."""

    # Named after the harness, not after the fresh copy ``run_fresh`` imports.
    __module__ = "virtual_loop"


class Runaway(RuntimeError):
    """The program kept one loop busy past its allowed number of iterations."""

    __module__ = "virtual_loop"


class Timeline:
    """A clock in seconds that ticks 1 ns per read: the program's, or one virtual thread's."""

    def __init__(self, now=0.0):
        self.now = now

    def time(self):
        self.now += NS
        return self.now

    def sleep(self, seconds):
        self.now += seconds


class RealClock:
    """Real time for the program (the real-time clock choice): seconds since the run began,
    read from the interpreter's monotonic clock; the loop's waits and ``time.sleep`` really
    wait. Virtual threads keep their own virtual timelines, started from this clock."""

    def __init__(self):
        self._start = _REAL_MONOTONIC()

    @property
    def now(self):
        return _REAL_MONOTONIC() - self._start

    def time(self):
        return self.now

    def sleep(self, seconds):
        _REAL_SLEEP(seconds)


_REAL_MONOTONIC = time.monotonic
_REAL_SLEEP = time.sleep


class _Program:
    """What the patched ``time`` functions consult: the program's clock, and the timeline of
    the virtual thread running now (``None`` on the loop's thread)."""

    clock = Timeline()
    thread = None
    max_iterations = MAX_ITERATIONS
    turns = None
    """When recording: ``(len(_ready), len(_scheduled))`` as each ``_run_once`` reaches its
    wait — after dropping cancelled timers, before moving due ones — for every loop in turn."""
    trace = None
    """When recording: the ``trace_loop.Trace`` the loop reports to."""
    on_turn = None
    """Called as each ``_run_once`` reaches its wait: a page's worker says it is alive."""


def _current_timeline():
    return _Program.thread if _Program.thread is not None else _Program.clock


def _read_clock():
    return _current_timeline().time()


def _sleep(seconds):
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    _current_timeline().sleep(seconds)


_PATCHED_TIME = {
    "sleep": _sleep,
    "monotonic": _read_clock,
    "perf_counter": _read_clock,
    "time": _read_clock,
}


def _run_on_thread(start, fn):
    """Runs ``fn`` on a fresh virtual thread from ``start``; (ok, value, finish time).

    A real worker thread has a context of its own, empty on a default (GIL) build of 3.14
    (``sys.flags.thread_inherit_context`` is 0): ``fn`` runs in an empty one, so a function
    given to ``run_in_executor`` sees no context variable of the loop's thread, and one given
    to ``to_thread`` sees them because ``to_thread`` wraps it in ``copy_context().run``. (A
    real worker keeps its context from one work item to the next; no demo sets a variable on
    a worker thread, so each item gets a fresh one.)
    """
    thread = Timeline(start)
    outer_thread = _Program.thread
    loop = events._get_running_loop()
    _Program.thread = thread
    events._set_running_loop(None)
    try:
        return True, contextvars.Context().run(fn), thread.now
    except BaseException as exc:
        return False, exc, thread.now
    finally:
        _Program.thread = outer_thread
        events._set_running_loop(loop)


class VirtualThreadPoolExecutor(concurrent.futures.Executor):
    """The loop's default executor: virtual worker threads on the loop's timeline.

    It is also the loop's only source of external events: the selector asks ``_next_due``
    how long it may wait and calls ``_run_due`` once its clock has moved.
    """

    def __init__(self, loop, max_workers=DEFAULT_MAX_WORKERS):
        self._loop = loop
        self._max_workers = max_workers
        self._busy = 0
        self._work_queue = []
        # (finish time, sequence, callable): finishes the loop's clock has not reached yet;
        # the sequence number keeps equal finish times in the order they were computed.
        self._pending = []
        self._seq = 0
        self._shutdown = False
        self._joiners = []

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        future = concurrent.futures.Future()
        item = (future, lambda: fn(*args, **kwargs))
        if self._busy < self._max_workers:
            self._busy += 1
            self._start(item, self._loop.time())
        else:
            self._work_queue.append(item)
        return future

    def _start(self, item, start):
        future, call = item
        if not future.set_running_or_notify_cancel():
            self._worker_free(start)
            return
        ok, value, end = _run_on_thread(start, call)

        def finish():
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)
            self._worker_free(end)

        if end <= start:
            finish()
        else:
            self._pending.append((end, self._seq, finish))
            self._seq += 1

    def _worker_free(self, now):
        if self._work_queue:
            self._start(self._work_queue.pop(0), now)
            return
        self._busy -= 1
        if self._busy == 0:
            joiners, self._joiners = self._joiners, []
            for then in joiners:
                then()

    def _next_due(self):
        return min((when for when, _, _ in self._pending), default=None)

    def _run_due(self, now):
        while True:
            due = [p for p in self._pending if p[0] <= now]
            if not due:
                return
            first = min(due, key=lambda p: (p[0], p[1]))
            self._pending.remove(first)
            first[2]()

    def shutdown(self, wait=True, *, cancel_futures=False):
        # Work already submitted still finishes at its own virtual time; waiting for it is
        # ``_join``'s job, driven by the loop's clock.
        self._shutdown = True

    def _join(self, then):
        """``shutdown(wait=True)`` on a joining thread: ``then()`` once no worker is busy."""
        self.shutdown()
        if self._busy == 0:
            then()
        else:
            self._joiners.append(then)


class VirtualSelector:
    """A selector with no file descriptors, whose waiting moves the virtual clock."""

    def __init__(self, loop):
        self._loop = loop
        self._iterations = 0

    def select(self, timeout=None):
        # Called once per ``_run_once``: the place to count iterations, and to look at the
        # queues the way the runtime's visualizer shows them.
        if _Program.turns is not None:
            _Program.turns.append((len(self._loop._ready), len(self._loop._scheduled)))
        if _Program.on_turn is not None:
            _Program.on_turn()
        self._iterations += 1
        if self._iterations > _Program.max_iterations:
            raise Runaway(
                f"runaway: the event loop ran {_Program.max_iterations:,} iterations "
                "without finishing"
            )
        clock = _Program.clock
        executor = self._loop._default_executor
        due = executor._next_due() if isinstance(executor, VirtualThreadPoolExecutor) else None
        if timeout is None and due is None:
            raise Deadlock(
                "deadlock: no callback is ready, no timer is scheduled and no thread is "
                "working, so the event loop would wait forever"
            )
        # The same arithmetic as the runtime's ``_select``, so both clocks land on the same
        # float: a thread finishing within the timeout ends the wait at its finish time.
        if due is not None and (timeout is None or due <= clock.now + timeout):
            if due > clock.now:
                clock.sleep(due - clock.now)
            executor._run_due(clock.now)
        elif timeout > 0:
            clock.sleep(timeout)
        return []

    def close(self):
        pass


class VirtualLoop(asyncio.BaseEventLoop):
    """``BaseEventLoop`` with CPython's own ``_run_once``, on the program's virtual clock."""

    def __init__(self):
        super().__init__()
        # Linux's CLOCK_MONOTONIC resolution, which the runtime's clock model also assumes.
        self._clock_resolution = 1e-09
        self._selector = VirtualSelector(self)

    def time(self):
        return _Program.clock.time()

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass

    def run_in_executor(self, executor, func, *args):
        # CPython's body, with the virtual pool where it would create a ThreadPoolExecutor.
        self._check_closed()
        if self._debug:
            self._check_callback(func, "run_in_executor")
        if executor is None:
            executor = self._default_executor
            self._check_default_executor()
            if executor is None:
                executor = VirtualThreadPoolExecutor(self)
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    async def shutdown_default_executor(self, timeout=None):
        # CPython's steps; the joining thread is the pool's ``_join`` on virtual time.
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        self._default_executor._join(lambda: self._do_shutdown(future))
        try:
            async with timeouts.timeout(timeout):
                await future
        except TimeoutError:
            warnings.warn(
                "The executor did not finishing joining "
                f"its threads within {timeout} seconds.",
                RuntimeWarning,
                stacklevel=2,
            )
            self._default_executor.shutdown(wait=False)

    def _do_shutdown(self, future):
        if not self.is_closed():
            self.call_soon_threadsafe(futures._set_result_unless_cancelled, future, None)


class VirtualLoopPolicy(events._BaseDefaultEventLoopPolicy):
    """The default policy, making ``asyncio.run``/``Runner``/``new_event_loop`` virtual."""

    _loop_factory = VirtualLoop


def _strip_harness_frames(exc, filenames):
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename not in filenames:
        tb = tb.tb_next
    return exc.with_traceback(tb)


def _error_of(exc, filenames, formatted):
    """The uncaught exception as the page shows it: its type and message, and the frames in
    the reader's files (outermost first), each with its file, line, column and function."""
    frames = [
        {
            "file": f.filename,
            "line": f.lineno,
            "column": (f.colno or 0) + 1,
            "name": f.name,
            "source": (f.line or "").strip(),
        }
        for f in traceback.extract_tb(exc.__traceback__)
        if f.filename in filenames
    ]
    error = {
        "type": type(exc).__name__,
        "message": str(exc),
        "traceback": frames,
        "formatted": formatted,
    }
    if isinstance(exc, SyntaxError) and exc.filename in filenames:
        error.update(file=exc.filename, line=exc.lineno or 1, column=exc.offset or 1)
    elif frames:
        error.update(file=frames[-1]["file"], line=frames[-1]["line"], column=frames[-1]["column"])
    return error


def _report_uncaught(exc, filenames, stderr):
    """Prints an uncaught exception as the interpreter would; returns it as ``_error_of``
    describes it, with ``last`` its last line(s) — None for a clean ``SystemExit``."""
    if isinstance(exc, SystemExit):
        code = exc.code
        if code is None or code == 0:
            return None
        if not isinstance(code, int):
            print(code, file=stderr)
        last = f"SystemExit: {code}"
        return {"type": "SystemExit", "message": str(code), "traceback": [], "formatted": last,
                "last": last}
    exc = _strip_harness_frames(exc, filenames)
    formatted = "".join(traceback.format_exception(exc))
    stderr.write(formatted)
    error = _error_of(exc, filenames, formatted)
    error["last"] = "".join(traceback.format_exception_only(exc)).rstrip("\n")
    if isinstance(exc, (Runaway, Deadlock)):
        error["limit"] = str(exc)
    return error


class _Output(io.TextIOBase):
    """``sys.stdout`` or ``sys.stderr`` for the program: keeps what it writes, hands each
    write on as it happens (the page's console shows it at once) and tells the trace."""

    def __init__(self, name, on_output):
        self.name = name
        self._chunks = []
        self._on_output = on_output

    def writable(self):
        return True

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if text:
            self._chunks.append(text)
            if _Program.trace is not None:
                _Program.trace.output(self.name, text)
            if self._on_output is not None:
                self._on_output(self.name, text)
        return len(text)

    def getvalue(self):
        return "".join(self._chunks)


class _ProgramFiles(importlib.abc.MetaPathFinder, importlib.abc.SourceLoader):
    """The program's other ``.py`` files, importable by name (``import helpers``), their
    frames named by their own file names as the entry file's are."""

    def __init__(self, files):
        self._files = {name[:-3]: name for name in files if name.endswith(".py")}
        self._sources = files

    def find_spec(self, fullname, path=None, target=None):
        if fullname in self._files:
            return importlib.util.spec_from_loader(fullname, self, origin=self._files[fullname])
        return None

    def get_filename(self, fullname):
        return self._files[fullname]

    def get_data(self, path):
        return self._sources[path].encode("utf-8")

    def module_names(self):
        return self._files.keys()


# The interpreter's exit, as far as a program can see it: its globals go, then the garbage
# collector runs. Compiled as "sys" line 1 because that is where CPython attributes warnings
# raised when no Python frame is running, such as a never-awaited coroutine kept in a global.
_FINALIZE = compile("program_globals.clear(); gc.collect()", "sys", "exec")


def _loop_factory(trace):
    if trace is None:
        return VirtualLoop
    import trace_loop

    class TracedVirtualLoop(trace_loop.TracingLoop, VirtualLoop):
        pass

    # The program sees the loop it would see untraced (``repr(loop)`` names the class).
    TracedVirtualLoop.__name__ = TracedVirtualLoop.__qualname__ = "VirtualLoop"
    return TracedVirtualLoop


def run_program(files, entry, options=None, on_output=None):
    """Runs ``files[entry]`` as ``__main__``, its other files importable, on the virtual (or
    real-time) loop; returns what ``run_fresh`` documents.

    Assumes a freshly imported ``asyncio`` (see ``run_fresh``): task names count from
    ``Task-1`` only in a fresh ``_asyncio`` module.
    """
    options = options or {}
    stdout, stderr = _Output("stdout", on_output), _Output("stderr", on_output)
    _Program.clock = RealClock() if options.get("clock") == "real" else Timeline()
    _Program.thread = None
    _Program.max_iterations = options.get("max_iterations", MAX_ITERATIONS)
    _Program.turns = [] if options.get("record_turns") else None
    _Program.on_turn = options.get("on_turn")
    _Program.trace = None
    if options.get("trace"):
        import trace_loop

        clock = _Program.clock
        _Program.trace = trace_loop.Trace(
            lambda: clock.now, options.get("max_trace_events", trace_loop.MAX_EVENTS)
        )
        trace_loop.current = _Program.trace
    policy = VirtualLoopPolicy()
    policy._loop_factory = _loop_factory(_Program.trace)
    importer = _ProgramFiles({name: src for name, src in files.items() if name != entry})
    source = files[entry]
    saved_streams = sys.stdout, sys.stderr
    saved_time = {name: getattr(time, name) for name in _PATCHED_TIME}
    saved_loop = events._get_running_loop()
    for name, text in files.items():
        linecache.cache[name] = (len(text), None, text.splitlines(True), name)
    error = None
    try:
        events._set_event_loop_policy(policy)
        events._set_running_loop(None)
        sys.meta_path.insert(0, importer)
        for name, fn in _PATCHED_TIME.items():
            setattr(time, name, fn)
        sys.stdout, sys.stderr = stdout, stderr
        program_globals = {"__name__": "__main__", "__file__": entry, "__builtins__": builtins}
        with warnings.catch_warnings():
            # The harness's own start-up (a fresh asyncio, this module) is behind: whoever
            # watches the program for silence counts from here.
            if _Program.on_turn is not None:
                _Program.on_turn()
            try:
                exec(compile(source, entry, "exec"), program_globals)
            except BaseException as exc:
                error = _report_uncaught(exc, set(files), stderr)
            exec(_FINALIZE, {"__name__": "sys", "gc": gc, "program_globals": program_globals})
    finally:
        # The program is over, its finalizers too: what is left is the harness's own work.
        if options.get("on_end") is not None:
            options["on_end"]()
        sys.stdout, sys.stderr = saved_streams
        for name, fn in saved_time.items():
            setattr(time, name, fn)
        events._set_running_loop(saved_loop)
        sys.meta_path.remove(importer)
        for name in importer.module_names():
            sys.modules.pop(name, None)
        for name in files:
            linecache.cache.pop(name, None)
        if _Program.trace is not None:
            import trace_loop

            _Program.trace.finish()
            trace_loop.current = None
    trace = _Program.trace
    return {
        "stdout": stdout.getvalue(),
        "stderr": stderr.getvalue(),
        "error": error,
        "turns": _Program.turns,
        "trace": None if trace is None else json.dumps(trace.events),
        "trace_truncated": trace is not None and trace.truncated,
        # The console's "virtual time": how far the program's clock went (none on real time).
        "virtual_time": _Program.clock.now if isinstance(_Program.clock, Timeline) else 0.0,
    }


_FRESH_MODULES = ("asyncio", "_asyncio", "trace_loop")


def _is_fresh_module(name):
    return name in _FRESH_MODULES or name.startswith("asyncio.")


def run_fresh(files, entry, options=None, on_output=None):
    """``run_program`` on a fresh import of ``asyncio`` and of this harness; a dict of
    ``stdout``, ``stderr``, ``error`` (None, or the uncaught exception: ``type``, ``message``,
    ``file``/``line``/``column`` where it was raised, ``traceback`` frames in the reader's
    files, ``formatted``, ``last`` line, ``limit`` when a harness limit stopped it), ``turns``
    (with ``record_turns``: ``(len(_ready), len(_scheduled))`` at each loop's wait) and
    ``trace`` (with ``trace``: the events as JSON) and ``trace_truncated``.

    ``options``: ``clock`` ("virtual" or "real"), ``max_iterations``, ``record_turns``,
    ``trace``, ``max_trace_events``, ``on_turn`` (called as the program starts, and at each
    loop turn's wait), ``on_end`` (called once the program and its finalizers have run).
    ``on_output(stream, text)`` hears each write.

    A fresh interpreter numbers tasks from ``Task-1``; the counter lives in the ``_asyncio``
    extension module's state, and a new module object has a new state. So the program gets
    new ``asyncio`` modules for its run, and the caller's are put back afterwards.
    """
    return prepare_fresh().run(files, entry, options, on_output)


def prepare_fresh():
    """The fresh ``asyncio`` and harness of the next ``run_fresh``, imported now: a worker
    prepares them as a run ends, while the reader reads, so that the next program starts at
    once (the import is most of a run's start-up). Run a program with its ``run``, once.
    """
    return _FreshImport()


class _FreshImport:
    """New ``asyncio`` modules (and this harness, and ``trace_loop``, made from them), kept
    out of ``sys.modules`` until their program runs; the caller's modules stay in place."""

    def __init__(self):
        saved = _take_fresh_modules()
        # asyncio.events registers an at-fork hook when it is imported, and no hook can ever be
        # unregistered: through it every program's asyncio (and this harness, and what they
        # hold) would stay alive, and each run's collections would cost more than the last.
        # The twin never forks, so the fresh import registers nothing.
        register_at_fork = os.register_at_fork
        os.register_at_fork = _no_fork_hooks
        try:
            spec = importlib.util.spec_from_file_location("_twin_virtual_loop", __file__)
            self.module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(self.module)
            # Traced or not, the program finds its loop's tracing ready too.
            importlib.import_module("trace_loop")
        finally:
            os.register_at_fork = register_at_fork
            self.modules = _take_fresh_modules()
            sys.modules.update(saved)

    def run(self, files, entry, options=None, on_output=None):
        """``run_program`` on these modules, then the caller's put back."""
        saved = _take_fresh_modules()
        sys.modules.update(self.modules)
        try:
            return self.module.run_program(files, entry, options, on_output)
        finally:
            _take_fresh_modules()
            sys.modules.update(saved)


def _take_fresh_modules():
    """Removes ``asyncio``'s modules (and the harness's own) from ``sys.modules``; returns them."""
    return {name: sys.modules.pop(name) for name in list(sys.modules) if _is_fresh_module(name)}


def _no_fork_hooks(**hooks):
    """``os.register_at_fork`` while a fresh asyncio is imported: the hooks are dropped."""


if __name__ == "__main__":
    import os

    with open(sys.argv[1], encoding="utf-8") as f:
        name = os.path.basename(sys.argv[1])
        result = run_program({name: f.read()}, name)
    sys.stdout.write(result["stdout"])
    sys.stderr.write(result["stderr"])
    sys.exit(1 if result["error"] else 0)
