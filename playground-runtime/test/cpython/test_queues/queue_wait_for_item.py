import asyncio


async def main():
    loop = asyncio.get_running_loop()
    # A getter waits until an item comes.
    q = asyncio.Queue()
    started = asyncio.Event()
    finished = False

    async def getter():
        nonlocal finished
        started.set()
        res = await q.get()
        finished = True
        return res

    task = asyncio.create_task(getter())
    await started.wait()
    print("finished:", finished)
    loop.call_later(0.01, q.put_nowait, 1)
    print("got:", await task, "finished:", finished)

    # A putter waits until a slot frees.
    q = asyncio.Queue(maxsize=1)
    started = asyncio.Event()
    finished = False

    async def putter():
        nonlocal finished
        started.set()
        await q.put(1)
        await q.put(2)
        finished = True

    loop.call_later(0.01, q.get_nowait)
    task = asyncio.create_task(putter())
    await started.wait()
    print("finished:", finished)
    await task
    print("finished:", finished)


asyncio.run(main())
