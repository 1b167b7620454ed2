import asyncio


async def worker(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    group = asyncio.gather(worker("a", 1), worker("b", 5), worker("c", 5))
    await asyncio.sleep(2)
    print("cancel gather:", group.cancel())
    try:
        await group
    except asyncio.CancelledError:
        print("gather cancelled:", group.cancelled())

    inner = asyncio.create_task(worker("d", 5))
    outer = asyncio.gather(inner, worker("e", 1), return_exceptions=True)
    await asyncio.sleep(0)
    inner.cancel()
    results = await outer
    print([type(r).__name__ for r in results])


asyncio.run(main())
