import asyncio

reached_end = False


async def inner():
    return "done"


async def main():
    inner_task = asyncio.create_task(inner())

    async def waits():
        global reached_end
        await asyncio.wait_for(inner_task, timeout=100)
        await asyncio.sleep(1)
        reached_end = True

    task = asyncio.create_task(waits())
    print("done before running:", task.done())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("CancelledError")
    print("inner done:", inner_task.done(), await inner_task)
    print("reached the end:", reached_end)


asyncio.run(main())
