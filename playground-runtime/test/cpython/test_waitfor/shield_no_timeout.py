import asyncio


async def job():
    await asyncio.sleep(0.1)
    return "done"


async def main():
    task = asyncio.create_task(job())
    await asyncio.wait_for(asyncio.shield(task), timeout=None)
    print("done:", task.done(), await task)


asyncio.run(main())
