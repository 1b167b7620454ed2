import asyncio


def error_types(eg):
    return sorted({type(exc).__name__ for exc in eg.exceptions})


async def test():
    async def foo():
        try:
            await asyncio.sleep(10)
        finally:
            1 / 0

    async def runner():
        async with asyncio.TaskGroup() as g:
            for _ in range(5):
                g.create_task(foo())
            await asyncio.sleep(10)

    r = asyncio.create_task(runner())
    await asyncio.sleep(0.1)
    print("done before cancel():", r.done())
    r.cancel()
    try:
        await r
    except ExceptionGroup as eg:
        print("ExceptionGroup of", len(eg.exceptions), error_types(eg))


def eager_loop():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    return loop


for factory in (asyncio.new_event_loop, eager_loop):
    print("== tasks" if factory is asyncio.new_event_loop else "== eager tasks")
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.run(test())
