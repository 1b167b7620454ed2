import asyncio


async def waiter(fut):
    try:
        value = await fut
        print("waiter got", value)
    except asyncio.CancelledError:
        print("waiter cancelled although its future had a result:", fut.result())
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    fut.set_result("data")
    print("cancel after set_result:", task.cancel())
    await asyncio.gather(task, return_exceptions=True)
    print("task cancelled?", task.cancelled())

    fut2 = loop.create_future()
    task2 = asyncio.create_task(waiter(fut2))
    await asyncio.sleep(0)
    task2.cancel()
    try:
        fut2.set_result("too late?")
    except asyncio.InvalidStateError as e:
        print("set_result failed:", e)
    print("fut2 cancelled?", fut2.cancelled())
    await asyncio.gather(task2, return_exceptions=True)
    print("task2 cancelled?", task2.cancelled())


asyncio.run(main())
