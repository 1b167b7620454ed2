import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 1)
            await asyncio.sleep(0.5)
            print("pushing the deadline back")
            cm.reschedule(loop.time() + 2)
            await asyncio.sleep(10)
    except TimeoutError:
        print("TimeoutError at", round(loop.time(), 1))

    try:
        async with asyncio.timeout_at(loop.time() + 3):
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout_at fired at", round(loop.time(), 1))


asyncio.run(main())
