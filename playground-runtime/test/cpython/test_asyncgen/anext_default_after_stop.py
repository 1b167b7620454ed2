# An async generator that yields nothing: its first __anext__() raises StopAsyncIteration,
# and anext() with a default afterwards gives the default, the StopAsyncIteration of the
# first call left behind (CPython issue 128078). The test's tuples are lists here, as in the
# other ports.
import asyncio


async def empty():
    if False:
        yield [1, 2]


async def main():
    it = empty().__aiter__()
    try:
        await it.__anext__()
    except StopAsyncIteration as error:
        print("first __anext__() raised", repr(error))
    print("anext with a default:", await anext(it, ["a", "b"]))


asyncio.run(main())
