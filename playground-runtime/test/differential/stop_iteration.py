import asyncio


async def answer():
    return 42


# Driving a coroutine by hand: its return value travels in StopIteration.
coro = answer()
try:
    coro.send(None)
except StopIteration as stop:
    print("StopIteration carried", stop.value)


class Exhausted(StopIteration):
    pass


async def main():
    loop = asyncio.get_running_loop()
    for error in (StopIteration(), Exhausted("no more")):
        fut = loop.create_future()
        # A future refuses StopIteration: it would end the generator awaiting it.
        fut.set_exception(error)
        exc = fut.exception()
        print(type(exc).__name__, "-", exc)
        print("  caused by", type(exc.__cause__).__name__, isinstance(exc.__cause__, StopIteration))


asyncio.run(main())
