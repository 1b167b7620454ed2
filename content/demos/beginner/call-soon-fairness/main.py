import asyncio


async def worker(name: str, steps: int):
    for i in range(1, steps + 1):
        print(f"{name} step {i}")
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback scheduled first")
    a = asyncio.create_task(worker("a", 3))
    b = asyncio.create_task(worker("b", 2))
    loop.call_soon(print, "callback scheduled last")
    print("main waits")
    await asyncio.gather(a, b)
    print("all done")


asyncio.run(main())
