import asyncio


async def test():
    event = asyncio.Event()

    async def raise_error():
        event.set()
        await asyncio.sleep(0)
        raise RuntimeError()

    async def inner():
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(raise_error())
                await asyncio.sleep(1)
                print("the sleep in the group was not cancelled")
        except* RuntimeError:
            print("in except*, cancelling():", asyncio.current_task().cancelling())
        print("after the group, cancelling():", asyncio.current_task().cancelling())
        await asyncio.sleep(1)
        print("the sleep after the group was not cancelled")

    async def outer():
        t = asyncio.create_task(inner())
        await event.wait()
        print("before cancel(), cancelling():", t.cancelling())
        t.cancel()
        print("after cancel(), cancelling():", t.cancelling())
        try:
            await t
        except asyncio.CancelledError:
            print("CancelledError")
        print("cancelled:", t.cancelled())

    await outer()


def eager_loop():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    return loop


for factory in (asyncio.new_event_loop, eager_loop):
    print("== tasks" if factory is asyncio.new_event_loop else "== eager tasks")
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.run(test())
