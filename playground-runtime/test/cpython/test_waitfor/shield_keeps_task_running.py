import asyncio


async def job():
    await asyncio.sleep(0.1)
    return "done"


async def main():
    task = asyncio.create_task(job())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.01)
    except TimeoutError:
        print("TimeoutError")
    print("task done:", task.done(), "cancelled:", task.cancelled())
    print("result:", await task)


asyncio.run(main())
