import asyncio


async def holder(lock):
    async with lock:
        print("holder has the lock")
        await asyncio.sleep(1)
        asyncio.create_task(latecomer(lock))
        print("holder releases")


async def waiter(lock):
    async with lock:
        print("waiter gets it next: it queued first")


async def latecomer(lock):
    print("latecomer tries; locked?", lock.locked())
    async with lock:
        print("latecomer gets it last")


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w = asyncio.create_task(waiter(lock))
    await asyncio.sleep(2)
    await asyncio.gather(h, w)


asyncio.run(main())
