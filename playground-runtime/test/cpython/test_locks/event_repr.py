import asyncio
import re


def shown(obj):
    # The address differs from run to run: leave it out.
    return re.sub(r" at 0x[0-9a-f]+", "", repr(obj))


async def main():
    ev = asyncio.Event()
    print(shown(ev))
    ev.set()
    print(shown(ev))
    # Any waiter counts; a plain future stands for one.
    ev._waiters.append(asyncio.get_running_loop().create_future())
    print(shown(ev))


asyncio.run(main())
