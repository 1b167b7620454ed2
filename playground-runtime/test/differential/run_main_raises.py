import asyncio


class AppError(Exception):
    pass


async def helper():
    try:
        await asyncio.sleep(10)
    finally:
        print("helper cleaned up")


async def main():
    asyncio.create_task(helper())
    await asyncio.sleep(1)
    raise AppError("main failed")


try:
    asyncio.run(main())
except AppError as e:
    print("asyncio.run raised:", e)
