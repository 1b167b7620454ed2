import asyncio

N = 5


async def main():
    barrier = asyncio.Barrier(N)
    second, failed, third = [], [], []
    count = 0

    async def waits():
        nonlocal count
        await barrier.wait()
        count += 1
        if count == N:
            # The last one out resets, then waits with the others.
            await barrier.reset()
            await barrier.wait()
        else:
            try:
                await barrier.wait()
                second.append(True)
            except Exception as e:
                failed.append(type(e).__name__)
        await barrier.wait()
        third.append(True)

    await asyncio.gather(*(asyncio.create_task(waits()) for _ in range(N)))
    print(barrier.broken, second, failed, third, barrier.n_waiting)


asyncio.run(main())
