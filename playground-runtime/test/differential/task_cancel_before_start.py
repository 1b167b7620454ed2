import asyncio


async def never_starts():
    print("this line never runs")


async def main():
    t = asyncio.create_task(never_starts())
    t.cancel("before it ran")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled before its first step:", e)
    print("cancelled?", t.cancelled(), "cancelling:", t.cancelling())


asyncio.run(main())
