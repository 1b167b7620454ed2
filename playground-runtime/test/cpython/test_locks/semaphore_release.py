import asyncio


async def main():
    bounded = asyncio.BoundedSemaphore()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
    sem = asyncio.Semaphore()
    await sem.acquire()
    print("locked:", sem.locked())
    sem.release()
    print("locked:", sem.locked())


asyncio.run(main())
