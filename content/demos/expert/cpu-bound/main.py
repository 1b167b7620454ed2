import asyncio
import time


def crunch(seconds):
    # Stands for CPU-heavy work: it holds the thread it runs on for `seconds`.
    time.sleep(seconds)
    return seconds * 100


async def in_the_loop():
    return crunch(2)


async def in_executor():
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, crunch, 2)


async def in_a_thread():
    return await asyncio.to_thread(crunch, 2)


async def heartbeat(started):
    loop = asyncio.get_running_loop()
    while True:
        print(f"  heartbeat at {round((loop.time() - started) * 1000)} ms")
        await asyncio.sleep(0.5)


async def section(title, work):
    loop = asyncio.get_running_loop()
    print(title)
    started = loop.time()
    beat = asyncio.create_task(heartbeat(started))
    await asyncio.sleep(0)  # let the heartbeat start
    result = await work()
    print(f"  work returned {result} at {round((loop.time() - started) * 1000)} ms")
    await asyncio.sleep(0.1)  # a moment later: was a heartbeat overdue?
    beat.cancel()


async def main():
    await section("1. crunch() called in a coroutine:", in_the_loop)
    await section("2. crunch() in the default executor:", in_executor)
    await section("3. crunch() through asyncio.to_thread:", in_a_thread)


asyncio.run(main())
