import asyncio
import re


async def main():
    async with asyncio.timeout(10) as cm:
        print("active:", bool(re.fullmatch(r"<Timeout \[active\] when=\d+\.\d*>", repr(cm))))
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        print(repr(cm))
    async with asyncio.timeout(10) as cm:
        await asyncio.sleep(0)
    print(repr(cm))
    async with asyncio.timeout(None) as cm:
        print(repr(cm))


asyncio.run(main())
