import asyncio


async def main():
    print("first")
    await asyncio.sleep(1.5)
    print("second")


asyncio.run(main())
