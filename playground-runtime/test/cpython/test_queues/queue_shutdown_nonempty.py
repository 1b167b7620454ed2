import asyncio


async def refused(q):
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
        q = cls(maxsize=1)
        loop = asyncio.get_running_loop()
        q.put_nowait("data")
        join_task = loop.create_task(q.join())
        put_task = loop.create_task(q.put("data2"))
        await asyncio.sleep(0)
        print("put done:", put_task.done())
        # Not immediate: the item stays, the waiting put fails.
        q.shutdown(immediate=False)
        print("size:", q.qsize())
        await asyncio.sleep(0)
        print("put done:", put_task.done())
        try:
            await put_task
        except asyncio.QueueShutDown:
            print("put QueueShutDown")
        print("got:", await q.get())
        await asyncio.sleep(0)
        print("join done:", join_task.done())
        await refused(q)
        q.task_done()
        await asyncio.sleep(0)
        print("join done:", join_task.done())
        await join_task
        try:
            q.task_done()
        except ValueError as e:
            print("ValueError:", e)


asyncio.run(main())
