import asyncio


async def main():
    primitives = [
        asyncio.Lock(),
        asyncio.Condition(),
        asyncio.Semaphore(),
        asyncio.BoundedSemaphore(),
    ]
    for lock in primitives:
        await asyncio.sleep(0.01)
        try:
            await lock
        except TypeError as e:
            print("TypeError:", e)
        print("  locked:", lock.locked())


asyncio.run(main())
