import asyncio


async def fetch(n: int):
    await asyncio.sleep(1)
    if n > 1: raise Exception(f"no page {n}")
    return n


async def main():
    print(await fetch(1))
    print(await fetch(2))


asyncio.run(main())
