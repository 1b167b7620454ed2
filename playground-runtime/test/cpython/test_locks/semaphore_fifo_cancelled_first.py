import asyncio


async def main():
    sem = asyncio.Semaphore(0)
    result = []

    async def takes(n):
        await sem.acquire()
        result.append(n)

    tasks = [asyncio.create_task(takes(n)) for n in (1, 2, 3)]
    await asyncio.sleep(0)
    tasks[0].cancel()
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(result)


asyncio.run(main())
