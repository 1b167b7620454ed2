import asyncio


def describe(label, e):
    # Each exception down the __context__ chain, with its __cause__.
    parts = []
    while e is not None:
        cause = type(e.__cause__).__name__ if e.__cause__ is not None else None
        parts.append(f"{type(e).__name__}(cause={cause}, context is cause: {e.__context__ is e.__cause__})")
        e = e.__context__
    print(label, " <- ".join(parts))


async def crash():
    try:
        await asyncio.sleep(1)
    finally:
        1 / 0


async def main():
    # Error in flight when the deadline hits.
    try:
        async with asyncio.timeout(0.01):
            try:
                1 / 0
            finally:
                await asyncio.sleep(1)
    except TimeoutError as e:
        describe("in flight:", e)

    # An error raised while the timeout's cancellation unwinds.
    try:
        async with asyncio.timeout(0.01):
            await crash()
    except ZeroDivisionError as e:
        describe("on timeout:", e)

    try:
        async with asyncio.timeout(0.01):
            try:
                try:
                    raise ValueError
                finally:
                    await asyncio.sleep(1)
            finally:
                try:
                    raise KeyError
                finally:
                    1 / 0
    except ZeroDivisionError as e:
        describe("on timeout, nested:", e)

    # A timeout inside the clean-up of another that expired.
    inner = None
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            finally:
                try:
                    async with asyncio.timeout(0.01):
                        await asyncio.sleep(10)
                except TimeoutError as e:
                    inner = e
    except TimeoutError as e:
        describe("outer:", e)
        describe("inner:", inner)
        print("inner's context is outer's cause:", inner.__cause__.__context__ is e.__cause__)


asyncio.run(main())
