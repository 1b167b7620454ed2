import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    deadline1 = loop.time() + 10
    deadline2 = deadline1 + 20

    async def f():
        async with asyncio.timeout_at(deadline1) as cm:
            fut.set_result(cm)
            await asyncio.sleep(50)

    task = asyncio.create_task(f())
    cm = await fut
    print(cm.when() == deadline1)
    cm.reschedule(deadline2)
    print(cm.when() == deadline2)
    cm.reschedule(None)
    print(cm.when())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("CancelledError, expired:", cm.expired())


asyncio.run(main())
