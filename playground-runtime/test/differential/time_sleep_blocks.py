import asyncio
import time


async def heartbeat():
    loop = asyncio.get_running_loop()
    for _ in range(3):
        print("beat at", round(loop.time(), 1))
        await asyncio.sleep(0.5)


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(heartbeat())
    await asyncio.sleep(0)
    print("blocking for 2s with time.sleep")
    time.sleep(2)
    print("back at", round(loop.time(), 1))
    await task
    start = time.monotonic()
    await asyncio.sleep(1.5)
    print("monotonic moved", round(time.monotonic() - start, 1))


asyncio.run(main())
