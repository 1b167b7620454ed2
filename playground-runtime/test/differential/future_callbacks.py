import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def first(f):
        print("first sees", f.result())

    def second(f):
        print("second sees", f.result())

    def third(f):
        print("third never runs")

    fut.add_done_callback(first)
    fut.add_done_callback(second)
    fut.add_done_callback(third)
    fut.add_done_callback(third)
    print("removed", fut.remove_done_callback(third))
    loop.call_soon(print, "queued before set_result")
    fut.set_result(7)
    print("set_result returned; callbacks are only scheduled")
    loop.call_soon(print, "queued after set_result")
    await asyncio.sleep(0)
    print("late callback:")
    fut.add_done_callback(first)
    await asyncio.sleep(0)


asyncio.run(main())
