import asyncio


async def main():
    q = asyncio.Queue()
    print("empty:", q.empty())
    await q.put(1)
    print("empty:", q.empty())
    print(await q.get(), "empty:", q.empty())
    print("unbounded full:", asyncio.Queue().full())
    q = asyncio.Queue(maxsize=1)
    await q.put(1)
    print("full:", q.full())


asyncio.run(main())
