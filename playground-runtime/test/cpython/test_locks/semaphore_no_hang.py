import asyncio


async def main():
    sem = asyncio.Semaphore(1)

    async def first():
        async with sem:
            await asyncio.sleep(0)
        t2.cancel()

    async def second():
        async with sem:
            print("second got the semaphore")

    t1 = asyncio.create_task(first())
    t2 = asyncio.create_task(second())
    r1, r2 = await asyncio.gather(t1, t2, return_exceptions=True)
    print(r1, type(r2).__name__)
    # The semaphore was not left taken.
    print(await asyncio.wait_for(sem.acquire(), timeout=1.0))


asyncio.run(main())
