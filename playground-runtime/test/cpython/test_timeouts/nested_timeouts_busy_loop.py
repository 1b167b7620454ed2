import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    # The loop is busy past both deadlines: the inner timeout fires, then the outer.
    try:
        async with asyncio.timeout(0.002):
            try:
                async with asyncio.timeout(0.1):
                    time.sleep(0.01)
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner TimeoutError")
    except TimeoutError:
        print("outer TimeoutError")

    loop.slow_callback_duration = 10
    t0 = loop.time()
    try:
        async with asyncio.timeout(0.1):
            try:
                async with asyncio.timeout(0.01):
                    time.sleep(0.1)
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner TimeoutError")
            # The outer timeout interrupts this one.
            await asyncio.sleep(10)
    except TimeoutError:
        print("outer TimeoutError")
    t1 = loop.time()
    print("within a second:", t0 <= t1 <= t0 + 1)


asyncio.run(main())
