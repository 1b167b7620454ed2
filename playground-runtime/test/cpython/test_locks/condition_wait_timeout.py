import asyncio


async def main():
    condition = asyncio.Condition()
    async with condition:
        try:
            await asyncio.wait_for(condition.wait(), timeout=0.5)
        except TimeoutError:
            print("TimeoutError, locked:", condition.locked())


asyncio.run(main())
