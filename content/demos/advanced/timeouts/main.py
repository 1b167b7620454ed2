import asyncio


async def slow(name: str, seconds: float):
    try:
        await asyncio.sleep(seconds)
        return f"{name} finished"
    except asyncio.CancelledError as error:
        print(f"  {name}: cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()

    try:
        await asyncio.wait_for(slow("a", 2), 1)
    except TimeoutError as error:
        print("wait_for: TimeoutError at", round(loop.time()))

    b = asyncio.create_task(slow("b", 2))
    done, pending = await asyncio.wait([b], timeout=1)
    print("wait: done", len(done), "pending", len(pending), "at", round(loop.time()))
    print("b still running:", not b.done(), "->", await b, "at", round(loop.time()))

    try:
        async with asyncio.timeout(1):
            await slow("c", 5)

    except TimeoutError as error:
        print("timeout(): TimeoutError at", round(loop.time()))


asyncio.run(main())
