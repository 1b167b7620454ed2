import asyncio


async def producer(q):
    for i in range(4):
        print("put", i)
        await q.put(i)
    await q.put(None)


async def consumer(q):
    while (item := await q.get()) is not None:
        print("got", item)
        await asyncio.sleep(0.5)


async def main():
    q = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(q), consumer(q))
    print("empty?", q.empty(), "size", q.qsize(), "maxsize", q.maxsize)


asyncio.run(main())
