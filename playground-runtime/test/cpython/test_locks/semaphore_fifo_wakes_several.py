import asyncio


async def main():
    sem = asyncio.Semaphore(0)
    result = []
    t4 = None

    async def fourth():
        result.append(4)

    async def first():
        print("first: value before", sem._value)
        await sem.acquire()
        print("first: value after", sem._value)
        nonlocal t4
        # Created now, it runs after three.
        t4 = asyncio.create_task(fourth())
        result.append(1)

    async def second():
        sem.release()
        sem.release()
        sem.release()
        print("second: value", sem._value, "locked", sem.locked())
        await sem.acquire()
        result.append(2)

    async def third():
        await sem.acquire()
        print("third: locked", sem.locked())
        result.append(3)

    t1 = asyncio.create_task(first())
    t2 = asyncio.create_task(second())
    t3 = asyncio.create_task(third())
    await asyncio.sleep(0)
    print("value:", sem._value, "waiters:", len(sem._waiters))
    await asyncio.sleep(0)
    await asyncio.gather(t1, t2, t3, t4)
    print(result)


asyncio.run(main())
