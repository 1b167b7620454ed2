import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print("fetched", name)
    return name


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(fetch("a", 2))
        b = tg.create_task(fetch("b", 1), name="bee")
        print("names:", a.get_name(), b.get_name())
    print("all done at", round(loop.time()), a.result(), b.result())


asyncio.run(main())
