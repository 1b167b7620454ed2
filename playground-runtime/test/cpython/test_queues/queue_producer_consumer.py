import asyncio


async def main():
    got = []

    async def consumer(queue, n):
        for _ in range(n):
            got.append(await queue.get())

    async def producer(queue, n):
        for i in range(n):
            await queue.put(i)

    q = asyncio.Queue(1)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(q, 5))
        tg.create_task(consumer(q, 5))
    print("consumed:", got)

    # Four putters on a queue of two, one getter taking what is there.
    queue = asyncio.Queue(2)
    taken = []

    async def putter(item):
        await queue.put(item)

    async def getter():
        await asyncio.sleep(0)
        for _ in range(queue.qsize()):
            taken.append(queue.get_nowait())

    async with asyncio.TaskGroup() as tg:
        tg.create_task(getter())
        for item in range(4):
            tg.create_task(putter(item))
    print("taken:", taken, "left:", queue.qsize())


asyncio.run(main())
