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


def task_done(q):
    try:
        q.task_done()
        print("task_done ok")
    except ValueError as e:
        print("ValueError:", e)


async def main():
    loop = asyncio.get_running_loop()
    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        print("--", cls.__name__)
        # Immediate: the items go, and the count of unfinished tasks with them.
        q = cls()
        q.put_nowait("data")
        join_task = loop.create_task(q.join())
        q.shutdown(immediate=True)
        print("size:", q.qsize())
        await asyncio.sleep(0)
        print("join done:", join_task.done())
        await join_task
        await refused(q)
        task_done(q)

        # One item already taken stays unfinished until task_done().
        q = cls()
        q.put_nowait("data")
        q.put_nowait("data")
        join_task = loop.create_task(q.join())
        print("got:", await q.get())
        q.shutdown(immediate=True)
        print("size:", q.qsize())
        await asyncio.sleep(0)
        print("join done:", join_task.done())
        await refused(q)
        task_done(q)
        task_done(q)
        await asyncio.sleep(0)
        print("join done:", join_task.done())
        await join_task


asyncio.run(main())
