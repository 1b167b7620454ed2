import asyncio


async def job():
    await asyncio.sleep(0.01)
    return "done"


async def main():
    task = asyncio.create_task(job())
    shielded = asyncio.shield(task)
    try:
        await asyncio.wait_for(shielded, timeout=0)
    except TimeoutError:
        print("TimeoutError")
    print("task done:", task.done(), "cancelled:", task.cancelled())
    print("shielded cancelled:", shielded.cancelled())
    await asyncio.sleep(0.1)
    print("task done later:", task.done())


asyncio.run(main())
