import asyncio


async def main():
    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        print("--", cls.__name__)
        try:
            cls().task_done()
        except ValueError as e:
            print("ValueError:", e)

        # Two workers take every item and mark it done; join() returns once all are.
        q = cls()
        for i in range(100):
            q.put_nowait(i)
        total = 0
        running = True

        async def worker():
            nonlocal total
            while running:
                item = await q.get()
                total += item
                q.task_done()

        async with asyncio.TaskGroup() as tg:
            workers = [tg.create_task(worker()) for _ in range(2)]
            await q.join()
            print("sum:", total)
            running = False
            for _ in workers:
                q.put_nowait(0)

        # An empty queue joins at once, twice.
        q = cls()
        await q.join()
        await q.join()
        print("empty queue joined")


asyncio.run(main())
