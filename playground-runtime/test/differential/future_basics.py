import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("done?", fut.done(), "cancelled?", fut.cancelled())
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("result() too early:", e)
    loop.call_later(1, fut.set_result, "hello")
    value = await fut
    print("awaited:", value, "at", round(loop.time()))
    print("done?", fut.done(), "result:", fut.result(), "exception:", fut.exception())
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as e:
        print("set twice:", e)


asyncio.run(main())
