import asyncio


async def main():
    loop = asyncio.get_running_loop()

    async def blocked():
        # Nobody ever sets this future.
        await loop.create_future()

    for timeout in [None, 60.5]:
        task = asyncio.create_task(blocked())
        waiting = asyncio.create_task(asyncio.wait_for(task, timeout))
        loop.call_soon(waiting.cancel)
        try:
            await waiting
        except asyncio.CancelledError:
            print("timeout", timeout, "CancelledError")
        print("  the task is cancelled too:", task.cancelled())


asyncio.run(main())
