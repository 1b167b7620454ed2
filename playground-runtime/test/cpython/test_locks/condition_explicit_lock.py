import asyncio


async def check(lock=None, cond=None):
    if lock is None:
        lock = asyncio.Lock()
    if cond is None:
        cond = asyncio.Condition(lock)
    print("same lock:", cond._lock is lock, "locked:", lock.locked(), cond.locked())
    async with cond:
        print("  in cond:", lock.locked(), cond.locked())
    print("  after:", lock.locked(), cond.locked())
    async with lock:
        print("  in lock:", lock.locked(), cond.locked())
    print("  after:", lock.locked(), cond.locked())


async def main():
    # A Condition's own lock, used through `async with`.
    cond = asyncio.Condition()
    print("locked:", cond.locked())
    async with cond:
        print("inside, locked:", cond.locked())
    print("locked:", cond.locked())

    await check()
    await check(asyncio.Lock())
    lock = asyncio.Lock()
    await check(lock, asyncio.Condition(lock))


asyncio.run(main())
