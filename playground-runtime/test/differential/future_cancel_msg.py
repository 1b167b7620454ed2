import asyncio


async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        print("waiter got CancelledError:", e)
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    print("cancel:", fut.cancel("stop waiting"))
    print("cancel again:", fut.cancel())
    print("fut cancelled?", fut.cancelled())
    try:
        await task
    except asyncio.CancelledError as e:
        print("task cancelled too:", task.cancelled(), e)


asyncio.run(main())
