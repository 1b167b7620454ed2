import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("done")
    # Already done: wait_for hands back its result even with no time left.
    print("result:", await asyncio.wait_for(fut, 0))
    print("done:", fut.done())


asyncio.run(main())
