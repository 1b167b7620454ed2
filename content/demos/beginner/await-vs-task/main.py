import asyncio


async def fetch(name: str, seconds: float):
    task = asyncio.current_task().get_name()
    print(f"start {name}, inside {task}")
    await asyncio.sleep(seconds)
    print(f"end {name}")
    return name


async def main():
    loop = asyncio.get_running_loop()

    print("-- await two coroutines --")
    started = loop.time()
    await fetch("a", 1)
    await fetch("b", 1)
    print(f"took {round(loop.time() - started)}s")

    print("-- await two Tasks --")
    started = loop.time()
    a = asyncio.create_task(fetch("a", 1))
    b = asyncio.create_task(fetch("b", 1))
    print("both tasks created, nothing has run yet")
    await a
    await b
    print(f"took {round(loop.time() - started)}s")


asyncio.run(main())
