import asyncio


async def fail(name, delay):
    await asyncio.sleep(delay)
    raise RuntimeError(name)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("x", 1))
            tg.create_task(fail("y", 1))
    except* RuntimeError as eg:
        print("caught", len(eg.exceptions), "errors:", [str(e) for e in eg.exceptions])


asyncio.run(main())
