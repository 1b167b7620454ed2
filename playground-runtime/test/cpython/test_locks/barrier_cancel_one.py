import asyncio


async def main():
    barrier = asyncio.Barrier(3)
    results = []

    async def passes():
        await barrier.wait()
        results.append(True)

    t1 = asyncio.create_task(passes())
    await asyncio.sleep(0)
    print("waiting:", barrier.n_waiting)
    t2 = asyncio.create_task(passes())
    await asyncio.sleep(0)
    print("waiting:", barrier.n_waiting)
    t1.cancel()
    await asyncio.sleep(0)
    print("waiting after cancel:", barrier.n_waiting)
    try:
        await t1
    except asyncio.CancelledError:
        print("CancelledError, cancelled:", t1.cancelled())
    t3 = asyncio.create_task(passes())
    await asyncio.sleep(0)
    print("waiting:", barrier.n_waiting)
    t4 = asyncio.create_task(passes())
    await asyncio.gather(t2, t3, t4)
    print(results, barrier.n_waiting, barrier.broken)


asyncio.run(main())
