import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for cls in [asyncio.Lock, asyncio.Condition, asyncio.Event, asyncio.Semaphore, asyncio.BoundedSemaphore]:
        try:
            cls(loop=loop)
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
