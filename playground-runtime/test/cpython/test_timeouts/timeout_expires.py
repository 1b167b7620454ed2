import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout: TimeoutError, expired:", cm.expired())

    deadline = loop.time() + 0.01
    try:
        async with asyncio.timeout_at(deadline) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout_at: TimeoutError, expired:", cm.expired(), "when is the deadline:", cm.when() == deadline)

    # The sleep sees the cancellation that the timeout turns into TimeoutError.
    cancelled = False
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                cancelled = True
                raise
    except TimeoutError:
        print("TimeoutError, the sleep was cancelled:", cancelled)


asyncio.run(main())
