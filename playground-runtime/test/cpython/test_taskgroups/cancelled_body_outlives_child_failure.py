import asyncio


def error_types(eg):
    return sorted({type(exc).__name__ for exc in eg.exceptions})


async def test():
    async def crash_soon():
        await asyncio.sleep(0.3)
        1 / 0

    async def group():
        async with asyncio.TaskGroup() as g1:
            g1.create_task(crash_soon())
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                await asyncio.sleep(0.5)
                raise

    async def through_a_task():
        t = asyncio.create_task(group())
        await t

    for runner in (group, through_a_task):
        print("--", runner.__name__)
        r = asyncio.create_task(runner())
        await asyncio.sleep(0.1)
        print("done before cancel():", r.done())
        r.cancel()
        try:
            await r
        except ExceptionGroup as eg:
            print("ExceptionGroup of", error_types(eg))


def eager_loop():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    return loop


for factory in (asyncio.new_event_loop, eager_loop):
    print("== tasks" if factory is asyncio.new_event_loop else "== eager tasks")
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.run(test())
