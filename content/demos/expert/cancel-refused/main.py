import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        me = asyncio.current_task()
        print("  stubborn: caught CancelledError:", e)
        print("  stubborn: cancelling() =", me.cancelling(), "-> uncancel() =", me.uncancel())
    await asyncio.sleep(1)
    return "finished anyway"


async def early():
    print("  early: this line never runs")


async def main():
    s = asyncio.create_task(stubborn(), name="stubborn")
    await asyncio.sleep(0)
    s.cancel("please stop")
    print("stubborn returned:", await s)
    print("stubborn cancelled():", s.cancelled(), "| cancelling():", s.cancelling())

    e = asyncio.create_task(early(), name="early")
    e.cancel()
    await asyncio.sleep(0)
    print("early cancelled():", e.cancelled())


asyncio.run(main())
