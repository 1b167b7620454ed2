import asyncio


async def main():
    # Three tasks through `async with`: each gets its own index.
    barrier = asyncio.Barrier(3)
    results = []

    async def enter():
        async with barrier as i:
            results.append(i)

    await asyncio.gather(*(asyncio.create_task(enter()) for _ in range(3)))
    print(sorted(results), barrier.n_waiting, barrier.broken)

    # One party: passes at once.
    barrier = asyncio.Barrier(1)

    async def alone():
        async with barrier as i:
            return i

    print("alone:", await alone(), barrier.n_waiting, barrier.broken)
    t1 = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    print("waiting:", barrier.n_waiting)
    t2 = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    print(t1.result(), t2.result(), t1.done(), t2.done(), barrier.n_waiting, barrier.broken)

    # Filled one task at a time.
    barrier = asyncio.Barrier(3)
    t1 = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    print(barrier.n_waiting, "filling" in repr(barrier))
    t2 = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    print(barrier.n_waiting, "filling" in repr(barrier))
    t3 = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    await asyncio.wait([t1, t2, t3])
    print(barrier.n_waiting, barrier.broken)


asyncio.run(main())
