import asyncio


def chain(exc):
    # Each exception of the chain, with how it links to the next one down.
    names = []
    while exc is not None:
        names.append(f"{type(exc).__name__}({', '.join(map(str, exc.args))})")
        exc = exc.__context__
    return " <- ".join(names)


async def raises_in_finally():
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            finally:
                raise ValueError("cleanup failed")
    except ValueError as e:
        print("finally:", chain(e))
        te = e.__context__
        print("  the inserted TimeoutError's cause is its context:", te.__cause__ is te.__context__)


async def raises_in_except():
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise KeyboardInterrupt("stop")
    except KeyboardInterrupt as e:
        print("except:", chain(e))


async def fails(delay, message):
    try:
        await asyncio.sleep(delay)
    finally:
        raise RuntimeError(message)


async def group():
    try:
        async with asyncio.timeout(0.01):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fails(1, "child"))
                await asyncio.sleep(1)
    except ExceptionGroup as eg:
        print("group:", type(eg).__name__, [chain(e) for e in eg.exceptions])


async def no_timeout():
    try:
        async with asyncio.timeout(1):
            try:
                raise KeyError("k")
            except KeyError:
                raise ValueError("v")
    except ValueError as e:
        print("not expired:", chain(e))


async def plain_timeout():
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timed out:", chain(e), type(e.__cause__).__name__)


async def main():
    await raises_in_finally()
    await raises_in_except()
    await group()
    await no_timeout()
    await plain_timeout()


asyncio.run(main())
