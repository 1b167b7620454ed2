import asyncio

N = 5


async def main():
    barrier = asyncio.Barrier(N)
    broken_first, broken_second = [], []
    blocking = N // 2
    count = 0

    async def waits():
        nonlocal count
        try:
            await barrier.wait()
        except asyncio.BrokenBarrierError:
            broken_first.append(True)
            await barrier.wait()
        else:
            count += 1
            if count > blocking:
                # The waiting ones get BrokenBarrierError, then all wait again.
                await barrier.reset()
                await barrier.wait()
            else:
                try:
                    await barrier.wait()
                except asyncio.BrokenBarrierError:
                    broken_second.append(True)

    await asyncio.gather(*(asyncio.create_task(waits()) for _ in range(N)))
    print(broken_first, broken_second, barrier.n_waiting, "resetting" in repr(barrier), barrier.broken)


asyncio.run(main())
