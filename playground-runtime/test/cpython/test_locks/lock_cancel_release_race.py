import asyncio


async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    counts = {"calls": 0, "taken": 0}

    async def take():
        counts["calls"] += 1
        await lock.acquire()
        counts["taken"] += 1

    def trigger():
        t1.cancel()
        lock.release()

    await lock.acquire()
    t1 = asyncio.create_task(take())
    t2 = asyncio.create_task(take())
    t3 = asyncio.create_task(take())
    await asyncio.sleep(0)
    loop.call_soon(trigger)
    try:
        await t1
    except asyncio.CancelledError:
        print("t1 CancelledError")
    print(counts, "t1 cancelled:", t1.cancelled(), "t2 done:", t2.done())
    t3.cancel()
    await asyncio.sleep(0)
    print("t3 cancelled:", t3.cancelled())


asyncio.run(main())
