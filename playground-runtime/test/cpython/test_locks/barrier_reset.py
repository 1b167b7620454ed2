import asyncio

N = 5


async def main():
    # Resetting an empty barrier.
    barrier = asyncio.Barrier(1)
    asyncio.create_task(barrier.reset())
    await asyncio.sleep(0)
    print(barrier.n_waiting, barrier.broken)

    # Resetting while N-1 tasks wait: each gets BrokenBarrierError.
    barrier = asyncio.Barrier(N)
    results = []

    async def waits():
        try:
            await barrier.wait()
        except asyncio.BrokenBarrierError:
            results.append(True)

    tasks = [asyncio.create_task(waits()) for _ in range(N - 1)]
    await asyncio.sleep(0)
    asyncio.create_task(barrier.reset())
    await asyncio.gather(*tasks)
    print(results, barrier.n_waiting, "resetting" in repr(barrier), barrier.broken)


asyncio.run(main())
