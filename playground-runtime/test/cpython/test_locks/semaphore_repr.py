import asyncio
import collections
import re


def shown(obj):
    # The address differs from run to run: leave it out.
    return re.sub(r" at 0x[0-9a-f]+", "", repr(obj))


async def main():
    print("Semaphore(0) locked:", asyncio.Semaphore(0).locked())
    sem = asyncio.Semaphore()
    print(shown(sem))
    await sem.acquire()
    print(shown(sem))
    if sem._waiters is None:
        sem._waiters = collections.deque()
    # Any waiter counts; plain futures stand for them.
    loop = asyncio.get_running_loop()
    sem._waiters.append(loop.create_future())
    print(shown(sem))
    sem._waiters.append(loop.create_future())
    print(shown(sem))


asyncio.run(main())
