import asyncio


async def my_sleep(delay: float, result=None):
    """asyncio.sleep, by hand: a future, and a timer that completes it."""
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    timer = loop.call_later(delay, fut.set_result, result)
    try:
        return await fut  # the task waits here until the timer runs
    finally:
        timer.cancel()  # cancelled early? then the timer must not fire


class FakeSocket:
    """Data arrives from the "network" on timers; recv() waits until some is there."""

    def __init__(self, loop: asyncio.AbstractEventLoop):
        self._loop = loop
        self._buffer: list[str] = []
        self._waiter: asyncio.Future[None] | None = None

    def arrive_later(self, delay: float, data: str):
        self._loop.call_later(delay, self._data_received, data)

    def _data_received(self, data: str):
        # A plain callback, as a protocol's data_received is: it runs no coroutine itself,
        # it only completes the future a coroutine is waiting on.
        print(f"  t={round(self._loop.time())} callback: {data!r} arrived")
        self._buffer.append(data)
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    async def recv(self) -> str:
        if not self._buffer:
            self._waiter = self._loop.create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None
        return self._buffer.pop(0)


async def reader(sock: FakeSocket):
    for _ in range(2):
        data = await sock.recv()
        print(f"  t={round(asyncio.get_running_loop().time())} reader: got {data!r}")


async def main():
    loop = asyncio.get_running_loop()
    print("my_sleep(1) gave", repr(await my_sleep(1, "done")), "at", round(loop.time()))

    sleeper = asyncio.create_task(my_sleep(10))
    await asyncio.sleep(0)
    sleeper.cancel()
    try:
        await sleeper
    except asyncio.CancelledError:
        print("cancelled my_sleep(10) at", round(loop.time()), "- its timer went with it")

    sock = FakeSocket(loop)
    sock.arrive_later(2, "hello")
    sock.arrive_later(2, "world")
    print("reading at", round(loop.time()))
    await reader(sock)
    print("done at", round(loop.time()))


asyncio.run(main())
