import asyncio


async def job(name, sem):
    async with sem:
        print(name, "starts at", round(asyncio.get_running_loop().time()))
        await asyncio.sleep(1)


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(job(f"j{i}", sem) for i in range(5)))
    print("locked?", sem.locked())
    sem.release()
    sem.release()
    print("a plain Semaphore can go above its start value")

    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    print("bounded locked?", bounded.locked())
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("BoundedSemaphore:", e)


asyncio.run(main())
