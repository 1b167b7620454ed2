import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cancelled = False
    deadline = loop.time() + 0.01
    try:
        async with asyncio.timeout_at(deadline) as cm1:
            # Only the outermost one raises TimeoutError.
            try:
                async with asyncio.timeout_at(deadline) as cm2:
                    await asyncio.sleep(10)
            except asyncio.CancelledError:
                cancelled = True
                raise
    except TimeoutError:
        print("TimeoutError")
    print("inner saw CancelledError:", cancelled, "expired:", cm1.expired(), cm2.expired())


asyncio.run(main())
