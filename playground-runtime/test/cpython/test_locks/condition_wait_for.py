import asyncio


async def main():
    cond = asyncio.Condition()
    ready = False
    result = []

    async def waits():
        await cond.acquire()
        if await cond.wait_for(lambda: ready):
            result.append(1)
            cond.release()
        return True

    t = asyncio.create_task(waits())
    await asyncio.sleep(0)
    print(result)
    await cond.acquire()
    cond.notify()
    cond.release()
    await asyncio.sleep(0)
    print("predicate false:", result)
    ready = True
    await cond.acquire()
    cond.notify()
    cond.release()
    await asyncio.sleep(0)
    print("predicate true:", result)
    print(t.done(), t.result())


asyncio.run(main())
