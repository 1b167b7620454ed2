import asyncio


async def worker(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("a", 1))
            tg.create_task(worker("b", 2, fail=True))
            tg.create_task(worker("c", 3))
            await asyncio.sleep(10)
            print("body never finishes its sleep")
    except ExceptionGroup as eg:
        print("at", round(loop.time()), "caught:", eg)
        for exc in eg.exceptions:
            print(" -", type(exc).__name__, exc)


asyncio.run(main())
