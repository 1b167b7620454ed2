import asyncio


def state(task):
    if not task.done():
        return f"pending (cancelling={task.cancelling()})"
    if task.cancelled():
        return "cancelled"
    return f"done, result={task.result()}"


async def download(name):
    print(f"  {name}: running its first step")
    try:
        await asyncio.sleep(10)
        print(f"  {name}: finished downloading")
        return "file"
    except asyncio.CancelledError as e:
        print(f"  {name}: CancelledError thrown in at the await, message:", e)
        raise
    finally:
        print(f"  {name}: finally block, cleaning up")


async def main():
    task = asyncio.create_task(download("dl"), name="dl")
    print("created:", state(task))

    await asyncio.sleep(0)
    print("after one turn:", state(task))

    print("cancel() returned", task.cancel("user pressed stop"))
    print("right after cancel():", state(task))

    try:
        await task
    except asyncio.CancelledError as e:
        print("await task raised CancelledError, message:", e)
    print("at the end:", state(task), "| cancelled() =", task.cancelled())
    print("cancel() on a done task returns", task.cancel())


asyncio.run(main())
