import asyncio


async def main():
    cond = asyncio.Condition()
    reached = []

    async def waits():
        async with cond:
            reached.append(True)
            await cond.wait()

    waiter = asyncio.create_task(waits())
    await asyncio.sleep(0)
    await cond.acquire()
    cond.notify()
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    cond.release()
    await asyncio.sleep(0)
    print("cancelled:", waiter.cancelled(), "reached:", reached)


asyncio.run(main())
