import asyncio

N = 5


async def main():
    barrier1 = asyncio.Barrier(N)
    barrier2 = asyncio.Barrier(N)
    passed, broken, after_reset = [], [], []

    async def waits():
        try:
            i = await barrier1.wait()
            if i == N // 2:
                raise RuntimeError
            await barrier1.wait()
            passed.append(True)
        except asyncio.BrokenBarrierError:
            broken.append(True)
        except RuntimeError:
            await barrier1.abort()
        # Everyone leaves barrier1 before one resets it, and nobody enters it before.
        i = await barrier2.wait()
        if i == N // 2:
            await barrier1.reset()
        await barrier2.wait()
        await barrier1.wait()
        after_reset.append(True)

    await asyncio.gather(*(asyncio.create_task(waits()) for _ in range(N)))
    print(barrier1.broken, passed, broken, after_reset, barrier1.n_waiting)


asyncio.run(main())
