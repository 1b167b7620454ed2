import asyncio


async def getter(name, q):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise


async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter("g1", q))
    g2 = asyncio.create_task(getter("g2", q))
    g3 = asyncio.create_task(getter("g3", q))
    await asyncio.sleep(0)
    g1.cancel()
    q.put_nowait("first")
    q.put_nowait("second")
    await asyncio.gather(g1, g2, g3, return_exceptions=True)
    print("left in queue:", q.qsize())


asyncio.run(main())
