import asyncio


async def counter(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)


async def main():
    a = asyncio.create_task(counter("a", 3))
    b = asyncio.create_task(counter("b", 2))
    print("main before await")
    await asyncio.sleep(0)
    print("main after one sleep(0)")
    await asyncio.gather(a, b)
    print("value:", await asyncio.sleep(0.5, "slept"))


asyncio.run(main())
