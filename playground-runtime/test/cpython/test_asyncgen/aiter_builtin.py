# aiter() over an async generator, over a class whose __aiter__ is an async generator,
# applied twice; and aiter()/anext() given the wrong arguments.
import asyncio


async def one_two():
    yield 1
    yield 2


class Gen:
    async def __aiter__(self):
        yield 1
        yield 2


async def main():
    print("async for over aiter:", [i async for i in aiter(one_two())])
    got = []
    it = aiter(Gen())
    while True:
        try:
            got.append(await anext(it))
        except StopAsyncIteration:
            break
    print("a class whose __aiter__ is an async generator:", got)
    once = aiter(one_two())
    print("aiter of an aiter is itself:", aiter(once) is once)
    for label, call in [
        ("anext()", lambda: anext()),
        ("anext(g, 1, 3)", lambda: anext(one_two(), 1, 3)),
        ("anext(1, g)", lambda: anext(1, one_two())),
        ("aiter()", lambda: aiter()),
        ("aiter(g, 1)", lambda: aiter(one_two(), 1)),
        ("aiter(1)", lambda: aiter(1)),
    ]:
        try:
            await call()
        except TypeError as error:
            print(label, "raised TypeError")


asyncio.run(main())
