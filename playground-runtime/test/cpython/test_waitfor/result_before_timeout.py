import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    waiting = asyncio.wait_for(fut, timeout=0.2)
    loop.call_soon(fut.set_result, "ok")
    print(await waiting)


asyncio.run(main())
