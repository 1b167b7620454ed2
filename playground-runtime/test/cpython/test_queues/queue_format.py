import asyncio


async def main():
    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        q = cls()
        print(cls.__name__, repr(q._format()), end=" ")
        q._unfinished_tasks = 2
        print(repr(q._format()), end=" ")
        q = cls()
        q.shutdown()
        print(repr(q._format()))


asyncio.run(main())
