import asyncio


def error_types(eg):
    return sorted({type(exc).__name__ for exc in eg.exceptions})


async def test():
    num = 0
    t2_cancel = False
    t2 = None

    async def foo1():
        await asyncio.sleep(0.1)
        1 / 0

    async def foo2():
        nonlocal num, t2_cancel
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            t2_cancel = True
            raise
        num += 1

    async def runner():
        nonlocal num, t2
        async with asyncio.TaskGroup() as g:
            g.create_task(foo1())
            t2 = g.create_task(foo2())
        num += 10

    try:
        await asyncio.create_task(runner())
    except ExceptionGroup as eg:
        print("ExceptionGroup of", error_types(eg))
    print("num:", num, "t2 saw the cancel:", t2_cancel, "t2 cancelled:", t2.cancelled())


def eager_loop():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    return loop


for factory in (asyncio.new_event_loop, eager_loop):
    print("== tasks" if factory is asyncio.new_event_loop else "== eager tasks")
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.run(test())
