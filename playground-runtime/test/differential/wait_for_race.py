import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(1, fut.set_result, "made it")
    try:
        print(await asyncio.wait_for(fut, timeout=1))
    except TimeoutError:
        print("timed out; fut cancelled?", fut.cancelled())

    fut = loop.create_future()
    loop.call_later(0.999, fut.set_result, "just in time")
    try:
        print(await asyncio.wait_for(fut, timeout=1))
    except TimeoutError:
        print("timed out; fut cancelled?", fut.cancelled())

    task = asyncio.create_task(asyncio.sleep(1, "task result"))
    try:
        print(await asyncio.wait_for(task, timeout=1))
    except TimeoutError:
        print("timed out; task cancelled?", task.cancelled())


asyncio.run(main())
