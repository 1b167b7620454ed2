import asyncio


async def important():
    await asyncio.sleep(2)
    print("important work finished")
    return "saved"


async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.shield(inner)
    await asyncio.sleep(1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled())
    print("inner result:", await inner)

    try:
        await asyncio.wait_for(asyncio.shield(important()), timeout=1)
    except TimeoutError:
        print("wait_for gave up, the shielded work goes on")
    await asyncio.sleep(2)


asyncio.run(main())
