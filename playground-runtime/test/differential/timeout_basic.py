import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1) as cm:
            print("expired before?", cm.expired())
            await asyncio.sleep(5)
            print("never printed")
    except TimeoutError:
        print("TimeoutError at", round(loop.time()), "expired?", cm.expired())

    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(1)
    print("finished in time, expired?", cm.expired())

    async with asyncio.timeout(None) as cm:
        print("deadline:", cm.when())


asyncio.run(main())
