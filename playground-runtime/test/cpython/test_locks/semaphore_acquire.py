import asyncio


async def main():
    sem = asyncio.Semaphore(3)
    result = []
    print(await sem.acquire(), await sem.acquire(), "locked:", sem.locked())

    async def takes(n):
        await sem.acquire()
        result.append(n)
        return True

    t1 = asyncio.create_task(takes(1))
    t2 = asyncio.create_task(takes(2))
    t3 = asyncio.create_task(takes(3))
    await asyncio.sleep(0)
    print(result, "locked:", sem.locked(), "waiters:", len(sem._waiters), "value:", sem._value)
    t4 = asyncio.create_task(takes(4))
    sem.release()
    sem.release()
    print("value:", sem._value)
    await asyncio.sleep(0)
    print(result, "locked:", sem.locked(), "waiters:", len(sem._waiters), "value:", sem._value)
    print("t1:", t1.done(), t1.result())
    race = [t2, t3, t4]
    print("done of the rest:", [t.done() for t in race])
    sem.release()
    print(await asyncio.gather(*race))


asyncio.run(main())
