import asyncio


async def waiter(fut: asyncio.Future[str]):
    print("waiter: awaiting the future")
    value = await fut
    print("waiter: woke up with", value)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback: the future is done:", f.result()))
    task = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    print("main: waiter is suspended; future done?", fut.done())

    def on_timer():
        print("timer: set_result('ready')")
        fut.set_result("ready")
        print("timer: set_result returned, nobody has run yet")

    loop.call_later(1, on_timer)
    await task
    print("main: done at", round(loop.time()))


asyncio.run(main())
