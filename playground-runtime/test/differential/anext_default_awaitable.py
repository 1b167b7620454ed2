# anext(iterator, default) returns CPython's anext_awaitable: an object of its own type, its
# own __await__(), that keeps no state. Each step asks the awaitable __anext__() returned for
# its iterator again: a coroutine is the same each time, but an awaitable class's __await__()
# is called anew, so driving one by hand starts it over at every send. Awaited in a task,
# a coroutine's steps go on, and the end of the iterator gives the default.
import asyncio


class Steps:
    def __await__(self):
        print("  __await__() called")
        yield "first"
        yield "second"
        return "done"


class ClassAwaitables:
    def __anext__(self):
        return Steps()


class Counter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


awaitable = anext(ClassAwaitables(), "default")
print(type(awaitable).__name__, awaitable.__await__() is awaitable)
print(repr(awaitable).split(" at ")[0])
driven = awaitable.__await__()
for _ in range(3):
    print("send(None) ->", driven.send(None))


async def main():
    counter = Counter(2)
    for _ in range(4):
        print("awaited:", await anext(counter, "default"))


asyncio.run(main())
