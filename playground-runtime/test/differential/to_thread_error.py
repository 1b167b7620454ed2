import asyncio
import time


def broken():
    time.sleep(1)
    raise KeyError("missing")


def no_loop_here():
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        return str(e)


async def main():
    try:
        await asyncio.to_thread(broken)
    except KeyError as e:
        print("from the thread:", type(e).__name__, "at", round(asyncio.get_running_loop().time()))
    print("in the thread:", await asyncio.to_thread(no_loop_here))


asyncio.run(main())
