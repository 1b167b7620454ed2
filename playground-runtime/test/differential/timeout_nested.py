import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(3):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(2)
            except TimeoutError:
                print("inner timed out at", round(loop.time()))
            await asyncio.sleep(5)
    except TimeoutError:
        print("outer timed out at", round(loop.time()))

    try:
        async with asyncio.timeout(1):
            try:
                await asyncio.sleep(2)
            except asyncio.CancelledError:
                print("the body sees CancelledError; cancelling =", asyncio.current_task().cancelling())
                raise
    except TimeoutError as e:
        print("and the caller sees", type(e).__name__, "cancelling =", asyncio.current_task().cancelling())


asyncio.run(main())
