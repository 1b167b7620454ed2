import asyncio


async def main():
    ev = asyncio.Event()
    wait = asyncio.create_task(ev.wait())
    asyncio.get_running_loop().call_soon(wait.cancel)
    try:
        await wait
    except asyncio.CancelledError:
        print("CancelledError")
    print("waiters left:", bool(ev._waiters))


asyncio.run(main())
