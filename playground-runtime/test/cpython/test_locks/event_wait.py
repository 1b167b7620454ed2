import asyncio


async def main():
    ev = asyncio.Event()
    print("set:", ev.is_set())
    result = []

    async def waits(n):
        if await ev.wait():
            result.append(n)

    t1 = asyncio.create_task(waits(1))
    t2 = asyncio.create_task(waits(2))
    await asyncio.sleep(0)
    print(result)
    t3 = asyncio.create_task(waits(3))
    ev.set()
    await asyncio.sleep(0)
    print(result)
    for t in (t1, t2, t3):
        print(t.done(), t.result())
    # Already set: wait() returns True at once.
    print("wait on a set event:", await ev.wait())


asyncio.run(main())
