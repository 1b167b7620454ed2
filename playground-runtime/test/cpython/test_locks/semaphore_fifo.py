import asyncio


async def main():
    sem = asyncio.Semaphore(1)
    result = []

    async def twice(tag):
        for round in (1, 2):
            await sem.acquire()
            result.append(f"{tag}_{round}")
            await asyncio.sleep(0.01)
            sem.release()

    async with asyncio.TaskGroup() as tg:
        for tag in ("c1", "c2", "c3"):
            tg.create_task(twice(tag))
    print(result)


asyncio.run(main())
