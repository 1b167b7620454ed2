# A Task waits on anything that looks like a Future: Task.__step only asks what it yielded
# for _asyncio_future_blocking, then uses its get_loop, add_done_callback, cancel and result.
import asyncio
import re


class Handmade:
    def __init__(self, loop, label):
        self._loop = loop
        self.label = label
        self._asyncio_future_blocking = False
        self._callbacks = []
        self._state = "pending"
        self._result = None

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != "pending"

    def cancelled(self):
        return self._state == "cancelled"

    def add_done_callback(self, fn, *, context=None):
        print(f"  {self.label}: add_done_callback, with a context:", context is not None)
        self._callbacks.append((fn, context))

    def _schedule(self):
        for fn, context in self._callbacks:
            self._loop.call_soon(fn, self, context=context)
        self._callbacks = []

    def set_result(self, value):
        self._result = value
        self._state = "finished"
        self._schedule()

    def cancel(self, msg=None):
        print(f"  {self.label}: cancel({msg!r})")
        if self.done():
            return False
        self._state = "cancelled"
        self._schedule()
        return True

    def result(self):
        if self._state == "cancelled":
            raise asyncio.CancelledError()
        return self._result

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        return self.result()

    def __repr__(self):
        return f"<Handmade {self.label} {self._state}>"


# Yields the object itself, not through its __await__: no blocking flag set.
class Careless(Handmade):
    def __await__(self):
        yield self


def plain_generator():
    yield 1


class YieldsAGenerator:
    def __await__(self):
        yield plain_generator()


async def report(label, aw):
    try:
        print(label, "->", await aw)
    except BaseException as e:
        # Task reprs cut down to their names: their lines and callbacks are each language's own.
        shown = re.sub(r" coro=<.*?>(?= cb=)", "", repr(e), count=1)
        shown = re.sub(r" cb=\[.*?\]>", ">", shown, count=1)
        # A JavaScript generator object does not know its function's name, as Python's does.
        shown = re.sub(r"(for generator in task .*?) with .*$", r"\1 with a generator", shown)
        print(label, "raised", shown)


async def main():
    loop = asyncio.get_running_loop()
    fut = Handmade(loop, "made")
    loop.call_later(0.1, lambda: fut.set_result("handmade result"))
    task = asyncio.create_task(report("await handmade", fut))
    await asyncio.sleep(0)
    print("task waits on:", "wait_for=<Handmade made pending>" in repr(task))
    await task

    doomed = Handmade(loop, "doomed")
    waiting = asyncio.create_task(report("await doomed", doomed))
    await asyncio.sleep(0)
    waiting.cancel("stop it")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("waiting cancelled:", waiting.cancelled())

    await report("careless", Careless(loop, "careless"))
    other = Handmade(asyncio.new_event_loop(), "elsewhere")
    await report("other loop", asyncio.create_task(report("inner", other)))
    other.get_loop().close()
    await report("generator", YieldsAGenerator())


asyncio.run(main())
