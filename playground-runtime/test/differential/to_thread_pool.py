import asyncio
import time


def blocking(n):
    time.sleep(1)
    return n


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()

    async def job(n):
        result = await asyncio.to_thread(blocking, n)
        print("job", result, "done at", round(loop.time() - t0))

    await asyncio.gather(*(job(n) for n in range(8)))


asyncio.run(main())
