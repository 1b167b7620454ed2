import asyncio


# Python 3.5 and later: async def and await
async def get(fut: asyncio.Future[str]):
    return await fut


# Python 3.4's spelling, still what __await__ is made of: a generator delegating with yield from
class Get:
    def __init__(self, fut: asyncio.Future[str]):
        self.fut = fut

    def __await__(self):
        return (yield from self.fut.__await__())


def numbers():
    yield 1
    yield 2


def delegate(iterable):
    return (yield from iterable)


async def main():
    loop = asyncio.get_running_loop()
    a = loop.create_future()
    b = loop.create_future()
    loop.call_later(1, a.set_result, "A")
    loop.call_later(2, b.set_result, "B")
    print("await:", await get(a), "at", round(loop.time()), "s")
    print("yield from:", await Get(b), "at", round(loop.time()), "s")

    for thing in (numbers(), [1, 2]):
        try:
            await thing
        except TypeError as error:
            print("await refuses it:", error)
    print("yield from takes either:", list(delegate(numbers())), list(delegate([1, 2])))


asyncio.run(main())
