import asyncio


def error_types(eg):
    return sorted({type(exc).__name__ for exc in eg.exceptions})


async def test():
    async def foo():
        try:
            await asyncio.sleep(10)
        finally:
            1 / 0

    async def runner(outer_has_child):
        async with asyncio.TaskGroup() as g1:
            if outer_has_child:
                g1.create_task(asyncio.sleep(10))
            async with asyncio.TaskGroup() as g2:
                for _ in range(5):
                    g2.create_task(foo())
                await asyncio.sleep(10)

    for outer_has_child in (False, True):
        print("-- the outer group", "has a child" if outer_has_child else "is empty")
        r = asyncio.create_task(runner(outer_has_child))
        await asyncio.sleep(0.1)
        print("done before cancel():", r.done())
        r.cancel()
        try:
            await r
        except ExceptionGroup as eg:
            print("ExceptionGroup of", error_types(eg), "holding", error_types(eg.exceptions[0]))


def eager_loop():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    return loop


for factory in (asyncio.new_event_loop, eager_loop):
    print("== tasks" if factory is asyncio.new_event_loop else "== eager tasks")
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.run(test())
