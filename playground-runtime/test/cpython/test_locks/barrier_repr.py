import asyncio
import re


def shown(obj):
    # The address differs from run to run: leave it out.
    return re.sub(r" at 0x[0-9a-f]+", "", repr(obj))


async def main():
    for parties in (0, -4):
        try:
            asyncio.Barrier(parties)
        except ValueError as e:
            print("ValueError:", e)
    barrier = asyncio.Barrier(5)
    print(isinstance(barrier, asyncio.Barrier), shown(barrier))
    try:
        await barrier
    except TypeError as e:
        print("TypeError:", e)
    print(shown(barrier))

    waiters = []
    for _ in range(2):
        waiters.append(asyncio.create_task(barrier.wait()))
    await asyncio.sleep(0)
    print(shown(barrier))
    for _ in range(barrier.parties - barrier.n_waiting):
        waiters.append(asyncio.create_task(barrier.wait()))
    await asyncio.sleep(0)
    print(shown(barrier))
    for _ in range(2):
        waiters.append(asyncio.create_task(barrier.wait()))
    await asyncio.sleep(0)
    await barrier.reset()
    print(shown(barrier))
    for _ in range(2):
        waiters.append(asyncio.create_task(barrier.wait()))
    await asyncio.sleep(0)
    await barrier.abort()
    print(shown(barrier), "broken:", barrier.broken)
    results = await asyncio.gather(*waiters, return_exceptions=True)
    print([r if isinstance(r, int) else type(r).__name__ for r in results])


asyncio.run(main())
