import asyncio

N = 5


async def main():
    # A drained task resets the barrier while the rest are still inside.
    barrier = asyncio.Barrier(N)
    broken = []
    rest = N // 2

    async def waits():
        try:
            await barrier.wait()
        except asyncio.BrokenBarrierError:
            broken.append(True)
        else:
            if rest == barrier._count:
                await barrier.reset()

    await asyncio.gather(*(asyncio.create_task(waits()) for _ in range(N)))
    print(broken, barrier.n_waiting, "resetting" in repr(barrier), barrier.broken)


asyncio.run(main())
