import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for item in (5, 1, 4, 2, 3):
        pq.put_nowait(item)
    print("priority:", [pq.get_nowait() for _ in range(5)])

    lq = asyncio.LifoQueue()
    for item in ("a", "b", "c"):
        await lq.put(item)
    print("lifo:", [await lq.get() for _ in range(3)])

    q = asyncio.Queue(maxsize=2)
    q.put_nowait("x")
    q.put_nowait("y")
    print("full?", q.full())
    try:
        q.put_nowait("z")
    except asyncio.QueueFull:
        print("QueueFull")
    q.get_nowait()
    q.get_nowait()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")


asyncio.run(main())
