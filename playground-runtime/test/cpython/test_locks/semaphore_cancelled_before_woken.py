import asyncio


async def main():
    sem = asyncio.Semaphore(value=0)
    t1, t2, t3, t4 = (asyncio.create_task(sem.acquire()) for _ in range(4))
    await asyncio.sleep(0)
    # Two waiters cancelled, one release: the next waiter in line gets it.
    t1.cancel()
    t2.cancel()
    sem.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("t3 done:", t3.done(), "t4 done:", t4.done())
    t3.cancel()
    t4.cancel()
    await asyncio.sleep(0)

    sem = asyncio.Semaphore(value=0)
    t1 = asyncio.create_task(sem.acquire())
    t2 = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    t1.cancel()
    sem.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("locked:", sem.locked(), "t2 done:", t2.done())


asyncio.run(main())
