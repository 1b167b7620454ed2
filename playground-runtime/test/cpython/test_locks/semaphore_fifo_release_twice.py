import asyncio


async def main():
    sem = asyncio.Semaphore(1)
    result = []

    async def one():
        await sem.acquire()
        result.append(1)

    async def two():
        await sem.acquire()
        result.append(2)
        sem.release()
        # Back in line behind three.
        await sem.acquire()
        result.append(4)

    async def three():
        await sem.acquire()
        result.append(3)

    tasks = [asyncio.create_task(c()) for c in (one, two, three)]
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    await asyncio.gather(*tasks)
    print(result)


asyncio.run(main())
