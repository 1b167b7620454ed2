import asyncio


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    print("locked:", lock.locked())
    tb = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print("waiters:", len(lock._waiters))
    # A second waiter; the first is woken and then cancelled: the second must be woken.
    tc = asyncio.create_task(lock.acquire())
    tb.cancel()
    lock.release()
    await asyncio.sleep(0)
    print("locked:", lock.locked(), "tb cancelled:", tb.cancelled())
    print("tc:", await tc)


asyncio.run(main())
