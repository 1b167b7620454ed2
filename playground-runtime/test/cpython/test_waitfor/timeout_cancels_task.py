import asyncio

running = None


async def sleeper():
    global running
    running = True
    try:
        await asyncio.sleep(300)
    finally:
        running = False
    return "done"


async def main():
    task = asyncio.create_task(sleeper())
    try:
        await asyncio.wait_for(task, 0.1)
    except TimeoutError:
        print("TimeoutError")
    print("done:", task.done(), "cancelled:", task.cancelled(), "running:", running)


asyncio.run(main())
