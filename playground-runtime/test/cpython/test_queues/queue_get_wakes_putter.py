import asyncio


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue(1)
    await q.put(1)
    waiter = loop.create_future()
    q._putters.append(waiter)
    # A get frees a slot and wakes the first putter.
    print(await q.get(), waiter.done(), waiter.result())


asyncio.run(main())
