import asyncio

N = 5


async def main():
    # Aborting an empty barrier breaks it.
    barrier = asyncio.Barrier(1)
    asyncio.create_task(barrier.abort())
    await asyncio.sleep(0)
    print(barrier.n_waiting, barrier.broken)

    # Aborted while some tasks drain and others wait again.
    barrier = asyncio.Barrier(N)
    first, second = [], []
    blocking = N // 2
    count = 0

    async def waits():
        nonlocal count
        try:
            await barrier.wait()
        except asyncio.BrokenBarrierError:
            first.append(True)
        else:
            count += 1
            if count > blocking:
                await barrier.abort()
            else:
                try:
                    await barrier.wait()
                except asyncio.BrokenBarrierError:
                    second.append(True)

    await asyncio.gather(*(asyncio.create_task(waits()) for _ in range(N)))
    print(barrier.broken, first, second, barrier.n_waiting, "resetting" in repr(barrier))


asyncio.run(main())
