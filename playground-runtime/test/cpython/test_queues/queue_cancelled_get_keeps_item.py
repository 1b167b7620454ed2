import asyncio


async def main():
    # One reader, cancelled after two items came: the first is not lost.
    q = asyncio.Queue()
    reader = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait(1)
    q.put_nowait(2)
    reader.cancel()
    try:
        await reader
    except asyncio.CancelledError:
        print("CancelledError: reading again")
        reader = asyncio.create_task(q.get())
        await reader
    print("read:", reader.result())

    # Three readers, the first cancelled: the other two get both items.
    q = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        reader1 = tg.create_task(q.get())
        reader2 = tg.create_task(q.get())
        reader3 = tg.create_task(q.get())
        await asyncio.sleep(0)
        q.put_nowait(1)
        q.put_nowait(2)
        reader1.cancel()
        try:
            await reader1
        except asyncio.CancelledError:
            print("reader1 CancelledError")
        await reader3
    print("read:", sorted({reader2.result(), reader3.result()}))


asyncio.run(main())
