import asyncio


async def test():
    num = 0

    async def foo():
        nonlocal num
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            num += 1
            raise

    async def runner(body_sleeps):
        nonlocal num
        async with asyncio.TaskGroup() as g:
            for _ in range(5):
                g.create_task(foo())
            if body_sleeps:
                try:
                    await asyncio.sleep(10)
                except asyncio.CancelledError:
                    num += 10
                    raise

    for body_sleeps in (False, True):
        print("-- the body", "sleeps" if body_sleeps else "ends at once")
        num = 0
        r = asyncio.create_task(runner(body_sleeps))
        await asyncio.sleep(0.1)
        print("done before cancel():", r.done())
        r.cancel()
        try:
            await r
        except asyncio.CancelledError:
            print("CancelledError")
        print("num:", num)


def eager_loop():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    return loop


for factory in (asyncio.new_event_loop, eager_loop):
    print("== tasks" if factory is asyncio.new_event_loop else "== eager tasks")
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.run(test())
