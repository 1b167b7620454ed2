import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    # The loop's clock is a float: it ticks a nanosecond a read.
    print("start:", loop.time())
    await asyncio.sleep(1)
    print("after sleep(1):", loop.time())
    t0 = loop.time()
    time.sleep(0.25)
    print("time.sleep(0.25) held the loop for", loop.time() - t0)

    # A timer's when: the clock's float, or the number given to call_at as it is.
    later = loop.call_later(2, print)
    print(later, later.when())
    at = loop.call_at(5, print)
    print(at, at.when())
    later.cancel()
    at.cancel()

    # A Timeout shows round(when, 3): a float from the clock, an int given whole.
    async with asyncio.timeout(2) as t:
        print(t)
        t.reschedule(loop.time() + 0.5)
        print(t)
        t.reschedule(10)
        print(t, t.when())
        t.reschedule(None)
        print(t)
    async with asyncio.timeout_at(loop.time() + 1.0625) as t:
        print(t)
    async with asyncio.timeout_at(7) as t:
        print(t)
    print(t)
    try:
        async with asyncio.timeout(0.1) as t:
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired:", t, t.expired())


asyncio.run(main())
