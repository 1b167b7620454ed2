import asyncio
import time


def blocking(seconds):
    time.sleep(seconds)
    return f"slept {seconds}"


async def ticker():
    for _ in range(3):
        print("tick at", round(asyncio.get_running_loop().time()))
        await asyncio.sleep(1)


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(asyncio.to_thread(blocking, 2), ticker())
    print(results[0], "at", round(loop.time()))
    value = await loop.run_in_executor(None, blocking, 1)
    print(value, "at", round(loop.time()))


asyncio.run(main())
