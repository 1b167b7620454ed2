# `for await` is Python's `async for`: __aiter__ once, __anext__ until StopAsyncIteration.
# Leaving the loop early (break, an exception) closes nothing, so the generator resumes where
# it stopped; any object with __aiter__ will do, and others get CPython's TypeError.
import asyncio


async def numbers(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.01)
            yield i
    finally:
        print("numbers finally")


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        print("Countdown.__aiter__")
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.current <= 0:
            raise StopAsyncIteration()
        self.current -= 1
        return self.current + 1


class NoAnext:
    def __aiter__(self):
        return 42


async def main():
    gen = numbers(5)
    async for x in gen:
        print("first loop", x)
        if x == 1:
            break
    print("after break, running:", gen.ag_running)
    try:
        async for x in gen:
            print("second loop", x)
            if x == 3:
                raise ValueError("stop at 3")
    except Exception as error:
        print("caught", repr(error))
    async for x in gen:
        print("third loop", x)
    print("exhausted")

    total = 0
    async for n in Countdown(3):
        if n == 2:
            continue
        total += n
    print("countdown total", total)

    for round in [1, 2]:
        async for n in Countdown(5):
            print("round", round, "n", n)
            if n == 4:
                break

    last = None
    async for last in numbers(2):
        pass
    print("last", last)

    for bad in [7, [1, 2], NoAnext()]:
        try:
            async for x in bad:
                print(x)
        except TypeError as error:
            print(repr(error))


asyncio.run(main())
