import asyncio


async def sleeper(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(name, "woke up")
    except asyncio.CancelledError:
        print(name, "cancelled; cleaning up takes a while")
        await asyncio.sleep(1)
        print(name, "cleanup done at", round(asyncio.get_running_loop().time()))
        raise


async def main():
    tasks = [asyncio.create_task(sleeper(n, s)) for n, s in (("a", 1), ("b", 5), ("c", 5))]
    await asyncio.sleep(2)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([r if r is None else type(r).__name__ for r in results])


asyncio.run(main())
