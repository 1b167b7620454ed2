# An event loop from scratch: no asyncio import, only generators.
# A coroutine is a generator that yields the future it waits for.


class SimpleLoop:
    def __init__(self):
        self.now = 0  # a virtual clock, in seconds
        self.turn = 0
        self.ready = []  # FIFO: what runs next turn
        self.timers = []  # sorted by when

    def call_soon(self, callback, *args):
        self.ready.append((callback, args))

    def call_later(self, delay, callback, *args):
        self.timers.append((self.now + delay, callback, args))
        self.timers.sort(key=lambda timer: timer[0])  # a stable sort: ties keep their order

    def run_once(self):
        if not self.ready:
            self.now = self.timers[0][0]  # nothing to do: jump to the next deadline
        while self.timers and self.timers[0][0] <= self.now:
            when, callback, args = self.timers.pop(0)
            self.ready.append((callback, args))  # due timers go behind the ready ones
        self.turn += 1
        ntodo = len(self.ready)
        print(f"-- turn {self.turn}, t={self.now}, {ntodo} ready")
        for _ in range(ntodo):
            callback, args = self.ready.pop(0)
            callback(*args)

    def run_until_complete(self, future):
        while not future.done:
            if not self.ready and not self.timers:
                raise RuntimeError("deadlock: nothing ready, no timers")
            self.run_once()
        return future.result


class SimpleFuture:
    def __init__(self, loop):
        self.loop = loop
        self.done = False
        self.result = None
        self.callbacks = []

    def add_done_callback(self, callback):
        if self.done:
            self.loop.call_soon(callback, self)
        else:
            self.callbacks.append(callback)

    def set_result(self, value):
        self.result = value
        self.done = True
        for callback in self.callbacks:
            self.loop.call_soon(callback, self)  # one step each
        self.callbacks = []

    # What `await future` delegates to: suspend (yield me) until done, then give the result.
    def __iter__(self):
        if not self.done:
            yield self
        return self.result


class SimpleTask(SimpleFuture):
    def __init__(self, loop, coro, name):
        super().__init__(loop)
        self.coro = coro
        self.name = name
        loop.call_soon(self.step)  # created = scheduled

    def step(self):
        print(f"   step {self.name}")
        try:
            future = self.coro.send(None)  # run the coroutine to its next yield
        except StopIteration as stop:
            self.set_result(stop.value)  # it returned: the task is done
        else:
            future.add_done_callback(self.wakeup)  # suspended on that future

    def wakeup(self, future):
        self.step()


def sleep(loop, seconds):
    future = SimpleFuture(loop)

    def fire():
        print(f"   timer fires: set_result after sleep({seconds})")
        future.set_result(None)

    loop.call_later(seconds, fire)
    return (yield from future)


def worker(loop, name, delays):
    for delay in delays:
        print(f"     {name}: sleep({delay})")
        yield from sleep(loop, delay)
    return f"{name} result"


def main(loop):
    a = SimpleTask(loop, worker(loop, "a", [1, 1]), "a")
    b = SimpleTask(loop, worker(loop, "b", [2]), "b")
    print("     main: tasks created, awaiting a")
    ra = yield from a
    print(f"     main: got {ra}, awaiting b")
    rb = yield from b
    return f"{ra} + {rb}"


loop = SimpleLoop()
print("result:", loop.run_until_complete(SimpleTask(loop, main(loop), "main")))
