import asyncio


async def main():
    q = asyncio.Queue()

    async def putter():
        await q.put(1)
        return True

    t = asyncio.create_task(putter())
    print(await q.get(), t.done(), t.result())


asyncio.run(main())
