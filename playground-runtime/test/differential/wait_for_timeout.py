import asyncio


async def slow():
    try:
        await asyncio.sleep(5)
        return "slow result"
    except asyncio.CancelledError:
        print("slow was cancelled by wait_for")
        raise


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(asyncio.sleep(1, "quick"), timeout=2))
    try:
        await asyncio.wait_for(slow(), timeout=1)
    except TimeoutError:
        print("TimeoutError at", round(loop.time()))
    print(await asyncio.wait_for(slow(), None))


asyncio.run(main())
