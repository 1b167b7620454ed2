import asyncio


def now():
    return round(asyncio.get_running_loop().time())


def waiting(lock: asyncio.Lock):
    """How many futures wait in the lock's deque (a private attribute, for the demo's sake)."""
    return len(lock._waiters) if lock._waiters else 0


async def user(lock: asyncio.Lock, name: str, again: bool = False):
    print(f"t={now()} {name}: acquire() with {waiting(lock)} waiting, locked {lock.locked()}")
    await lock.acquire()
    print(f"t={now()} {name}: has the lock")
    await asyncio.sleep(1)
    lock.release()
    print(f"t={now()} {name}: released; {waiting(lock)} waiting, locked {lock.locked()}")
    if again:
        await user(lock, name)  # straight back: may it jump the queue?


async def consumer(queue: asyncio.Queue):
    while True:
        try:
            item = await queue.get()
        except asyncio.QueueShutDown:
            print(f"t={now()} consumer: QueueShutDown, the queue is empty and shut down")
            return
        print(f"t={now()} consumer: got {item}")


async def main():
    print("-- a Lock: a flag and a deque of futures --")
    lock = asyncio.Lock()
    tasks = [
        asyncio.create_task(user(lock, "A", again=True)),
        asyncio.create_task(user(lock, "B")),
        asyncio.create_task(user(lock, "C")),
    ]
    await asyncio.gather(*tasks)

    print("-- a woken waiter is cancelled: it hands the lock on --")
    await lock.acquire()
    x = asyncio.create_task(user(lock, "X"))
    y = asyncio.create_task(user(lock, "Y"))
    await asyncio.sleep(0)
    lock.release()  # wakes X's future...
    x.cancel()  # ...but X is cancelled before it runs
    await asyncio.gather(x, y, return_exceptions=True)
    print(f"t={now()} X cancelled: {x.cancelled()}")

    print("-- a Queue: items, and a deque of getters --")
    queue = asyncio.Queue()
    reader = asyncio.create_task(consumer(queue))
    await asyncio.sleep(0)
    print(f"t={now()} main: {len(queue._getters)} getter waiting; put two items, shut down")
    queue.put_nowait("job 1")
    queue.put_nowait("job 2")
    queue.shutdown()
    await reader


asyncio.run(main())
