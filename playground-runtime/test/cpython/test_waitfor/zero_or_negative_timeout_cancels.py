import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for timeout in [0, -1]:
        running = None
        started = loop.create_future()

        async def sleeper():
            nonlocal running
            running = True
            started.set_result(None)
            try:
                await asyncio.sleep(10)
            finally:
                running = False
            return "done"

        task = asyncio.create_task(sleeper())
        await started
        try:
            await asyncio.wait_for(task, timeout)
        except TimeoutError:
            print(f"timeout {timeout}: TimeoutError")
        print("  done:", task.done(), "cancelled:", task.cancelled(), "running:", running)


asyncio.run(main())
