import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    loop = asyncio.get_running_loop()
    try:
        for next_done in asyncio.as_completed([fetch("x", 1), fetch("y", 5)], timeout=2):
            print(await next_done, "at", round(loop.time()))
    except TimeoutError:
        print("TimeoutError at", round(loop.time()))
    print("tasks left:", len(asyncio.all_tasks()))


asyncio.run(main())
