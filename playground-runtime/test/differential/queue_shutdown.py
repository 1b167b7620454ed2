import asyncio


async def consumer(name, q):
    try:
        while True:
            item = await q.get()
            print(name, "got", item)
            q.task_done()
    except asyncio.QueueShutDown:
        print(name, "sees the queue shut down")


async def main():
    q = asyncio.Queue()
    consumers = [asyncio.create_task(consumer(n, q)) for n in ("c1", "c2")]
    await q.put("a")
    await q.put("b")
    await asyncio.sleep(0.1)
    q.shutdown()
    try:
        await q.put("c")
    except asyncio.QueueShutDown:
        print("put after shutdown raises QueueShutDown")
    await asyncio.gather(*consumers)

    q2 = asyncio.Queue()
    q2.put_nowait(1)
    q2.put_nowait(2)
    q2.shutdown(immediate=True)
    print("immediate shutdown drops items: size", q2.qsize())


asyncio.run(main())
