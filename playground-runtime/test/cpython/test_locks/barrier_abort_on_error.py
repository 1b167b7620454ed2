import asyncio

N = 5


async def main():
    # One task fails inside the barrier and aborts it: the others get BrokenBarrierError.
    barrier = asyncio.Barrier(N)
    passed, broken = [], []

    async def waits():
        try:
            async with barrier as i:
                if i == N // 2:
                    raise RuntimeError
            async with barrier:
                passed.append(True)
        except asyncio.BrokenBarrierError:
            broken.append(True)
        except RuntimeError:
            await barrier.abort()

    await asyncio.gather(*(asyncio.create_task(waits()) for _ in range(N)))
    print(barrier.broken, passed, broken, barrier.n_waiting)


asyncio.run(main())
