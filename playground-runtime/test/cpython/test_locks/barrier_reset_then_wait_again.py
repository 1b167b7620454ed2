import asyncio

N = 5


async def main():
    barrier = asyncio.Barrier(N)
    broken, passed = [], []

    async def waits():
        try:
            await barrier.wait()
        except asyncio.BrokenBarrierError:
            broken.append(True)
        finally:
            await barrier.wait()
            passed.append(True)

    async def completes():
        async with barrier:
            passed.append(True)

    tasks = [asyncio.create_task(waits()) for _ in range(N - 1)]
    asyncio.create_task(barrier.reset())
    await asyncio.sleep(0)
    # The reset broke the N-1 waiters; one more task fills the barrier for their second wait.
    asyncio.create_task(completes())
    await asyncio.gather(*tasks)
    print(barrier.broken, broken, passed, barrier.n_waiting)


asyncio.run(main())
