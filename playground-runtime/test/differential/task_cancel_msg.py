import asyncio


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("sleeper cancelled with:", e)
        raise
    finally:
        print("sleeper cleans up")


async def main():
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(1)
    print("cancel() ->", task.cancel("shutting down"))
    print("cancelling() ->", task.cancelling())
    print("done yet?", task.done())
    try:
        await task
    except asyncio.CancelledError as e:
        print("main sees:", e)
    print("cancelled?", task.cancelled(), "cancel() again ->", task.cancel())


asyncio.run(main())
