import asyncio

N = 5


async def main():
    barrier = asyncio.Barrier(N)
    draining = []

    async def enter():
        async with barrier:
            # The last task out turns the barrier back to filling.
            draining.append("draining" in repr(barrier))

    await asyncio.gather(*(asyncio.create_task(enter()) for _ in range(N)))
    print(draining, barrier.n_waiting, barrier.broken)

    # Tasks that wait again while the barrier drains are held until it fills again.
    rewait = 2
    barrier = asyncio.Barrier(N)
    others = asyncio.Barrier(N - rewait)
    left = rewait
    order = []

    async def wait_again(n):
        nonlocal left
        await barrier.wait()
        if left > 0:
            left -= 1
            await barrier.wait()
            order.append(f"rewaited {n}")
        else:
            await others.wait()
            await barrier.wait()
            order.append(f"passed {n}")

    await asyncio.gather(*(asyncio.create_task(wait_again(n)) for n in range(N)))
    print(order)


asyncio.run(main())
