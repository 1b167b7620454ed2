import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print("maxsize:", q.maxsize)
    put = []

    async def putter():
        for i in range(3):
            await q.put(i)
            put.append(i)
        return True

    t = asyncio.create_task(putter())
    for _ in range(2):
        await asyncio.sleep(0)
    # Blocked after two items.
    print(put, await q.get())
    await asyncio.sleep(0)
    print(put, await q.get(), await q.get())
    print(t.done(), t.result())


asyncio.run(main())
