import asyncio


def error_types(eg):
    return sorted({type(exc).__name__ for exc in eg.exceptions})


async def test():
    async def crash_after(t):
        await asyncio.sleep(t)
        raise ValueError(t)

    async def runner(outer_delay, inner_delay):
        async with asyncio.TaskGroup() as g1:
            g1.create_task(crash_after(outer_delay))
            async with asyncio.TaskGroup() as g2:
                g2.create_task(crash_after(inner_delay))

    for outer_delay, inner_delay in ((0.1, 10), (10, 0.1)):
        print("-- the", "outer" if outer_delay < inner_delay else "inner", "child fails first")
        r = asyncio.create_task(runner(outer_delay, inner_delay))
        try:
            await r
        except ExceptionGroup as eg:
            print("ExceptionGroup of", error_types(eg))
            for exc in eg.exceptions:
                if isinstance(exc, ExceptionGroup):
                    print("  holding", error_types(exc))


def eager_loop():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    return loop


for factory in (asyncio.new_event_loop, eager_loop):
    print("== tasks" if factory is asyncio.new_event_loop else "== eager tasks")
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.run(test())
