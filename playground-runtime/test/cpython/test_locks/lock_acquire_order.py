import asyncio


async def main():
    lock = asyncio.Lock()
    result = []
    print("first acquire:", await lock.acquire())

    async def takes(n):
        if await lock.acquire():
            result.append(n)
        return True

    t1 = asyncio.create_task(takes(1))
    t2 = asyncio.create_task(takes(2))
    await asyncio.sleep(0)
    print(result)
    lock.release()
    await asyncio.sleep(0)
    print(result)
    await asyncio.sleep(0)
    print(result)
    t3 = asyncio.create_task(takes(3))
    lock.release()
    await asyncio.sleep(0)
    print(result)
    lock.release()
    await asyncio.sleep(0)
    print(result)
    for t in (t1, t2, t3):
        print(t.done(), t.result())


asyncio.run(main())
