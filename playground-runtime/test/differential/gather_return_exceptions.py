import asyncio


async def ok(n):
    await asyncio.sleep(n)
    return n


async def fail(n):
    await asyncio.sleep(n)
    raise ValueError(f"bad {n}")


async def main():
    results = await asyncio.gather(ok(1), fail(2), ok(3), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("error:", type(r).__name__, r)
        else:
            print("value:", r)


asyncio.run(main())
