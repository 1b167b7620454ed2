import asyncio


async def main():
    q = asyncio.Queue(maxsize=1.3)
    q.put_nowait(1)
    q.put_nowait(2)
    print("full:", q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    q = asyncio.Queue(maxsize=1.3)
    await q.put(1)
    await q.put(2)
    print("full:", q.full())


asyncio.run(main())
