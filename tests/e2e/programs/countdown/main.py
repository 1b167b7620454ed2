import asyncio


async def countdown(name: str, n: int, delay: float):
    while n > 0:
        print(name, n)
        await asyncio.sleep(delay)
        n -= 1
    print(name, "lift-off")


async def main():
    await asyncio.gather(countdown("fast", 3, 1), countdown("slow", 2, 2))
    print("done at", round(asyncio.get_running_loop().time()))


asyncio.run(main())
