import asyncio
import re


def shown(obj):
    # The address differs from run to run: leave it out.
    return re.sub(r" at 0x[0-9a-f]+", "", repr(obj))


async def main():
    lock = asyncio.Lock()
    print(shown(lock))
    await lock.acquire()
    print(shown(lock))


asyncio.run(main())
