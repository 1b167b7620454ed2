# The builtins aiter() and anext() (with a default), and an async generator's awaitables
# run as tasks of their own.
import asyncio
import re


def bare(text):
    return re.sub(r" at 0x[0-9a-f]+", "", text)


async def letters():
    try:
        yield "a"
        await asyncio.sleep(0.1)
        yield "b"
    finally:
        print("letters finally")


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    it = aiter(letters())
    print("anext:", await anext(it))
    print("anext:", await anext(it, "default"))
    print("anext at end:", await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration as error:
        print("anext without default:", repr(error))
    for bad in [lambda: aiter(5), lambda: anext(5), lambda: anext([1])]:
        try:
            bad()
        except TypeError as error:
            print(repr(error))

    gen = letters()
    print(await gen.__anext__())
    closer = asyncio.create_task(gen.aclose(), name="closer")
    print(bare(repr(closer)))
    await closer
    print(bare(repr(closer)))

    thrown = letters()
    print(await thrown.__anext__())
    results = await asyncio.gather(thrown.athrow(ValueError("into it")), job("beside", 0),
                                   return_exceptions=True)
    print([repr(r) for r in results])


asyncio.run(main())
