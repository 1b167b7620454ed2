import asyncio


async def main():
    cond = asyncio.Condition()
    result = []

    async def waits(n):
        await cond.acquire()
        if await cond.wait():
            result.append(n)
            cond.release()
        return True

    tasks = [asyncio.create_task(waits(n)) for n in (1, 2, 3)]
    await asyncio.sleep(0)
    print(result)
    await cond.acquire()
    cond.notify(1)
    cond.release()
    await asyncio.sleep(0)
    print(result)
    await cond.acquire()
    cond.notify(1)
    cond.notify(2048)
    cond.release()
    await asyncio.sleep(0)
    print(result)
    for t in tasks:
        print(t.done(), t.result())

    # notify_all wakes every waiter.
    result.clear()
    tasks = [asyncio.create_task(waits(n)) for n in (1, 2)]
    await asyncio.sleep(0)
    print(result)
    await cond.acquire()
    cond.notify_all()
    cond.release()
    await asyncio.sleep(0)
    print(result)
    for t in tasks:
        print(t.done(), t.result())


asyncio.run(main())
