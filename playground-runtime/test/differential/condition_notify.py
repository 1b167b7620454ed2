import asyncio


async def consumer(name, cond, items):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "took", items.pop(0))


async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(n, cond, items)) for n in ("c1", "c2", "c3")]
    await asyncio.sleep(1)
    async with cond:
        items.append("apple")
        cond.notify()
    await asyncio.sleep(1)
    async with cond:
        items.extend(["pear", "plum"])
        cond.notify_all()
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        print("notify without the lock:", e)


asyncio.run(main())
