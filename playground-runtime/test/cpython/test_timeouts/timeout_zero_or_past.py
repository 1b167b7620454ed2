import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for delay, sleep_for in [(0, 10), (0, 0), (-11, 0)]:
        t0 = loop.time()
        try:
            async with asyncio.timeout(delay) as cm:
                await asyncio.sleep(sleep_for)
        except TimeoutError:
            print(f"timeout({delay}), sleep({sleep_for}): TimeoutError")
        t1 = loop.time()
        print("  expired:", cm.expired(), "when <= now:", cm.when() <= t1, "when >= start:", cm.when() >= t0)


asyncio.run(main())
