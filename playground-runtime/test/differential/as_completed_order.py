import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    loop = asyncio.get_running_loop()
    aws = [fetch("c", 3), fetch("a", 1), fetch("b", 2)]
    for next_done in asyncio.as_completed(aws):
        result = await next_done
        print(result, "at", round(loop.time()))


asyncio.run(main())
