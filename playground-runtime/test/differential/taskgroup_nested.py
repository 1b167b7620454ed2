import asyncio


async def leaf(name, delay):
    await asyncio.sleep(delay)
    print("leaf", name, "at", round(asyncio.get_running_loop().time()))


async def branch(name):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf(name + ".1", 1))
        tg.create_task(leaf(name + ".2", 2))
    print("branch", name, "closed")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(branch("A"))
        tg.create_task(branch("B"))
        tg.create_task(leaf("solo", 3))
    print("outer group closed")


asyncio.run(main())
