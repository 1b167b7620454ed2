import asyncio


async def outer():
    try:
        async with asyncio.timeout(0.001):
            await asyncio.sleep(10)
    except TimeoutError:
        print("TimeoutError inside the task")


async def main():
    task = asyncio.create_task(outer())
    await task
    print("cancelled:", task.cancelled(), "done:", task.done())


asyncio.run(main())
