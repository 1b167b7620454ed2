import asyncio


async def holder(lock):
    async with lock:
        await asyncio.sleep(2)


async def waiter(name, lock):
    try:
        async with lock:
            print(name, "got the lock at", round(asyncio.get_running_loop().time()))
    except asyncio.CancelledError:
        print(name, "gave up waiting")
        raise


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(waiter("w1", lock))
    w2 = asyncio.create_task(waiter("w2", lock))
    await asyncio.sleep(1)
    w1.cancel()
    await asyncio.gather(h, w1, w2, return_exceptions=True)


asyncio.run(main())
