import asyncio


async def compute():
    await asyncio.sleep(1)
    return 42


async def main():
    loop = asyncio.get_running_loop()

    task = asyncio.create_task(compute())
    print("a Task is a Future:", isinstance(task, asyncio.Future))

    fut = loop.create_future()
    print("a bare Future drives nothing; done?", fut.done())
    loop.call_later(2, fut.set_result, 7)

    print("task result:", await task, "at", round(loop.time()))
    print("future result:", await fut, "at", round(loop.time()))

    try:
        task.set_result(0)
    except RuntimeError as error:
        print("task.set_result:", error)


asyncio.run(main())
