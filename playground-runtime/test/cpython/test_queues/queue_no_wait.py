import asyncio


async def main():
    q = asyncio.Queue()
    q.put_nowait(1)
    print("get:", await q.get())
    q.put_nowait(1)
    print("get_nowait:", q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    # No maxsize: put never blocks.
    await q.put(1)
    print("get:", await q.get())
    q = asyncio.Queue(maxsize=1)
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull")


asyncio.run(main())
