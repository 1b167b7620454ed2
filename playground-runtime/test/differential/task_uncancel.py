import asyncio


async def stubborn():
    for attempt in range(3):
        try:
            await asyncio.sleep(1)
            print("attempt", attempt, "finished")
            return attempt
        except asyncio.CancelledError:
            task = asyncio.current_task()
            print("cancelled on attempt", attempt, "cancelling =", task.cancelling())
            print("uncancel ->", task.uncancel())


async def main():
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0.5)
    task.cancel()
    task.cancel()
    print("after two cancel() calls:", task.cancelling())
    await asyncio.sleep(0.1)
    task.cancel()
    print("result:", await task, "cancelled?", task.cancelled())


asyncio.run(main())
