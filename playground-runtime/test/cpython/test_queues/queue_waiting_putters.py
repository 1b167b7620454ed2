import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    asyncio.create_task(q.put("a"))
    asyncio.create_task(q.put("b"))
    print(await q.get(), await q.get())
    # A getter already waiting gets the item put.
    q = asyncio.Queue()
    t = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    await q.put("a")
    print(await t)


asyncio.run(main())
