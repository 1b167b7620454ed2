import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside:", e)


async def main():
    loop = asyncio.get_running_loop()
    print("inside:", loop.is_running())


asyncio.run(main())
