# compare: stderr
import asyncio


async def forever(name):
    try:
        await asyncio.sleep(10)
    finally:
        print(name, "finally runs")


async def main():
    asyncio.ensure_future(forever("a"))
    asyncio.ensure_future(forever("b"))
    await asyncio.sleep(0)
    print("main done")


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
print("loop closed")
