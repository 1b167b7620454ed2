import asyncio


async def main():
    cond = asyncio.Condition()
    result = []

    async def waits(n):
        await cond.acquire()
        if await cond.wait():
            result.append(n)
        return True

    tasks = [asyncio.create_task(waits(n)) for n in (1, 2, 3)]
    await asyncio.sleep(0)
    print(result, cond.locked())
    print(await cond.acquire())
    cond.notify()
    await asyncio.sleep(0)
    print(result, cond.locked())
    cond.release()
    await asyncio.sleep(0)
    print(result, cond.locked())
    cond.notify(2)
    await asyncio.sleep(0)
    print(result, cond.locked())
    cond.release()
    await asyncio.sleep(0)
    print(result, cond.locked())
    cond.release()
    await asyncio.sleep(0)
    print(result, cond.locked())
    for t in tasks:
        print(t.done(), t.result())


asyncio.run(main())
