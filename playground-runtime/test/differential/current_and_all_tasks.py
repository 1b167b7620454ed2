import asyncio


async def worker(n):
    print("worker", n, "is", asyncio.current_task().get_name())
    await asyncio.sleep(n)


async def main():
    print("outside any task:", asyncio.current_task() is None)
    tasks = [asyncio.create_task(worker(n), name=f"w{n}") for n in (2, 1, 3)]
    print(len(asyncio.all_tasks()), "tasks alive")
    await asyncio.sleep(0)
    await asyncio.sleep(1.5)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(asyncio.current_task() is asyncio.all_tasks().pop())


asyncio.run(main())
