import asyncio


async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            raise KeyError
    except KeyError:
        print("KeyError, expired:", cm.expired())

    # Cancelled from outside before the deadline: CancelledError, not TimeoutError.
    try:
        async with asyncio.timeout(10) as cm:
            asyncio.current_task().cancel()
            await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("CancelledError, expired:", cm.expired())


asyncio.run(main())
