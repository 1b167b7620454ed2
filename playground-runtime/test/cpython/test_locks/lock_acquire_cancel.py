import asyncio


async def main():
    lock = asyncio.Lock()
    print(await lock.acquire())
    task = asyncio.create_task(lock.acquire())
    asyncio.get_running_loop().call_soon(task.cancel)
    try:
        await task
    except asyncio.CancelledError:
        print("CancelledError")
    print("waiters left:", bool(lock._waiters))


asyncio.run(main())
