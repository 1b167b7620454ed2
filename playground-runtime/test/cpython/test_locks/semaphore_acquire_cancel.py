import asyncio


async def main():
    sem = asyncio.Semaphore()
    await sem.acquire()
    acquire = asyncio.create_task(sem.acquire())
    asyncio.get_running_loop().call_soon(acquire.cancel)
    try:
        await acquire
    except asyncio.CancelledError:
        print("CancelledError")
    print("no pending waiter:", (not sem._waiters) or all(w.done() for w in sem._waiters))


asyncio.run(main())
