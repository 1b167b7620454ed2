import asyncio


async def refused(q):
    # After shutdown every put and get of an empty queue raises QueueShutDown.
    for name, call in [
        ("put", lambda: q.put("data")),
        ("put_nowait", lambda: q.put_nowait("data")),
        ("get", lambda: q.get()),
        ("get_nowait", lambda: q.get_nowait()),
    ]:
        try:
            result = call()
            if asyncio.iscoroutine(result):
                await result
            print(" ", name, "did not raise")
        except asyncio.QueueShutDown:
            print(" ", name, "QueueShutDown")


async def main():
    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        print("--", cls.__name__)
        q = cls()
        loop = asyncio.get_running_loop()
        get_task = loop.create_task(q.get())
        await asyncio.sleep(0)
        q.shutdown(immediate=False)
        print("size:", q.qsize())
        await q.join()
        await asyncio.sleep(0)
        print("get done:", get_task.done())
        try:
            await get_task
        except asyncio.QueueShutDown:
            print("get QueueShutDown")
        await refused(q)


asyncio.run(main())
