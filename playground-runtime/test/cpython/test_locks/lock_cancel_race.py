import asyncio


async def main():
    # A holds the lock, B and C wait; B is cancelled as A releases: C must get it.
    lock = asyncio.Lock()

    async def hold(name, blocker):
        await lock.acquire()
        try:
            if blocker is not None:
                await blocker
        finally:
            lock.release()
        print(name, "released")

    fa = asyncio.get_running_loop().create_future()
    ta = asyncio.create_task(hold("A", fa))
    await asyncio.sleep(0)
    print("locked:", lock.locked())
    tb = asyncio.create_task(hold("B", None))
    await asyncio.sleep(0)
    print("waiters:", len(lock._waiters))
    tc = asyncio.create_task(hold("C", None))
    await asyncio.sleep(0)
    print("waiters:", len(lock._waiters))
    fa.set_result(None)
    tb.cancel()
    print("first waiter cancelled:", lock._waiters[0].cancelled())
    await asyncio.sleep(0)
    print("locked:", lock.locked(), "A done:", ta.done(), "B cancelled:", tb.cancelled())
    await tc


asyncio.run(main())
