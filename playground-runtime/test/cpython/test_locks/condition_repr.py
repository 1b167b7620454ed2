import asyncio
import re


def shown(obj):
    # The address differs from run to run: leave it out.
    return re.sub(r" at 0x[0-9a-f]+", "", repr(obj))


async def main():
    cond = asyncio.Condition()
    print(shown(cond))
    await cond.acquire()
    print(shown(cond))
    # Any waiter counts; plain futures stand for them.
    loop = asyncio.get_running_loop()
    cond._waiters.append(loop.create_future())
    print(shown(cond))
    cond._waiters.append(loop.create_future())
    print(shown(cond))


asyncio.run(main())
