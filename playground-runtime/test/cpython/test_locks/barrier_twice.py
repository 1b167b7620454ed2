import asyncio

N = 5


async def main():
    # Every task passes the barrier twice, nested.
    barrier = asyncio.Barrier(N)
    outer, inner = [], []

    async def twice():
        async with barrier:
            outer.append(True)
            async with barrier as i:
                inner.append(True)
                return i

    indices = await asyncio.gather(*(asyncio.create_task(twice()) for _ in range(N)))
    print(len(outer), len(inner), sorted(indices), barrier.n_waiting, barrier.broken)


asyncio.run(main())
