import asyncio


async def main():
    q = asyncio.Queue()
    t1 = asyncio.create_task(q.get())
    t2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    t1.cancel()
    await asyncio.sleep(0)
    print("t1 done:", t1.done())
    await q.put("a")
    await asyncio.sleep(0)
    # The item goes to the getter still waiting.
    print("t2:", await t2)


asyncio.run(main())
