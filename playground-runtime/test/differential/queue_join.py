import asyncio


async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(name, "processed", item, "at", round(asyncio.get_running_loop().time()))
        q.task_done()


async def main():
    q = asyncio.Queue()
    for item in (3, 1, 2, 1):
        q.put_nowait(item)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("all processed at", round(asyncio.get_running_loop().time()))
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    try:
        q.task_done()
    except ValueError as e:
        print("extra task_done:", e)


asyncio.run(main())
