import asyncio


async def main():
    # A full queue and a putter waiting; cancelled, it leaves _putters.
    queue = asyncio.Queue(maxsize=1)
    queue.put_nowait(1)
    put_task = asyncio.create_task(queue.put(1))
    await asyncio.sleep(0)
    print("putters:", len(queue._putters))
    put_task.cancel()
    try:
        await put_task
    except asyncio.CancelledError:
        print("CancelledError")
    print("putters:", len(queue._putters))

    # get_nowait() already took the putter off the list before the cancel.
    queue = asyncio.Queue(1)
    queue.put_nowait(1)
    put_task = asyncio.create_task(queue.put(1))
    await asyncio.sleep(0)
    queue.get_nowait()
    put_task.cancel()
    try:
        await put_task
    except asyncio.CancelledError:
        print("CancelledError, not ValueError")


asyncio.run(main())
