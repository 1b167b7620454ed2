import asyncio


async def answer():
    await asyncio.sleep(1)
    return 42


class Later:
    """Not a coroutine, Future or Task: just an object with __await__ (a "custom awaitable")."""
    def __init__(self, seconds):
        self.seconds = seconds

    def __await__(self):
        return asyncio.sleep(self.seconds, f"later({self.seconds})").__await__()


async def main():
    loop = asyncio.get_running_loop()

    coro = answer()
    print("1. coroutine:", asyncio.iscoroutine(coro), "->", await coro)

    task = asyncio.create_task(answer())
    print("2. task:", asyncio.isfuture(task), "->", await task)

    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result("set by a callback"))
    print("3. future:", asyncio.isfuture(fut), "->", await fut)

    print("4. custom:", await Later(1))
    print("all at", round(loop.time()), "s")


asyncio.run(main())
