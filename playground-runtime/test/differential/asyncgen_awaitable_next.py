# The awaitables of an async generator are their own iterators: __next__() steps them as
# send(None) does, for __anext__(), asend() and athrow() alike.

import asyncio


async def counter():
    try:
        got = yield 1
        print("got", got)
        yield 2
    except ValueError as error:
        print("caught", repr(error))
        yield 3


def step(label, awaitable):
    try:
        awaitable.__next__()
    except StopIteration as stop:
        print(label, "gives", stop.value)
    except StopAsyncIteration:
        print(label, "ends the generator")


agen = counter()
step("__anext__", agen.__anext__())
step("asend", agen.asend("sent"))
step("athrow", agen.athrow(ValueError("in")))
step("__anext__", agen.__anext__())

# Stepped by hand, no loop was needed; a loop still runs one afterwards.
print(asyncio.run(asyncio.sleep(0, "a loop ran afterwards")))
