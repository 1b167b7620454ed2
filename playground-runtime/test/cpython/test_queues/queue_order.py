import asyncio


async def main():
    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        q = cls()
        for i in [1, 3, 2]:
            await q.put(i)
        print(cls.__name__, [await q.get() for _ in range(3)])


asyncio.run(main())
