import asyncio


async def main():
    lock = asyncio.Lock()
    print("locked:", lock.locked())
    async with lock:
        print("inside, locked:", lock.locked())
    print("locked:", lock.locked())


asyncio.run(main())
