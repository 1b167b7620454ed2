import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(10) as cm:
        await asyncio.sleep(0.01)
    print("expired:", cm.expired(), "when is later:", cm.when() > loop.time())
    for factory in (asyncio.timeout, asyncio.timeout_at):
        async with factory(None) as cm:
            await asyncio.sleep(0.01)
        print(factory.__name__, "(None): expired:", cm.expired(), "when:", cm.when())


asyncio.run(main())
