import asyncio


async def worker(name, lock):
    print(name, "wants the lock")
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(1)
        print(name, "releases it")


async def main():
    lock = asyncio.Lock()
    print("locked?", lock.locked())
    await asyncio.gather(*(worker(n, lock) for n in ("a", "b", "c")))
    print("locked?", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("release unlocked:", e)


asyncio.run(main())
