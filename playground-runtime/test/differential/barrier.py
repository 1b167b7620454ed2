import asyncio


async def party(name, delay, barrier):
    await asyncio.sleep(delay)
    print(name, "arrives at", round(asyncio.get_running_loop().time()), "waiting:", barrier.n_waiting)
    index = await barrier.wait()
    print(name, "passes with index", index)


async def main():
    barrier = asyncio.Barrier(3)
    print("parties:", barrier.parties, "broken:", barrier.broken)
    await asyncio.gather(party("a", 1, barrier), party("b", 2, barrier), party("c", 3, barrier))
    await barrier.abort()
    print("broken:", barrier.broken)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError:
        print("BrokenBarrierError")


asyncio.run(main())
