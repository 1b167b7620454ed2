import asyncio


async def job():
    return "done"


async def main():
    print(await asyncio.wait_for(job(), timeout=None))


asyncio.run(main())
