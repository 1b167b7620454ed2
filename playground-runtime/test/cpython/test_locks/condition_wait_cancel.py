import asyncio


async def main():
    cond = asyncio.Condition()
    await cond.acquire()
    wait = asyncio.create_task(cond.wait())
    asyncio.get_running_loop().call_soon(wait.cancel)
    try:
        await wait
    except asyncio.CancelledError:
        print("CancelledError")
    print("waiters left:", bool(cond._waiters), "locked:", cond.locked())


asyncio.run(main())
