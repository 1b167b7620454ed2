import asyncio


def error_types(eg):
    return sorted({type(exc).__name__ for exc in eg.exceptions})


async def test():
    async def foo1():
        await asyncio.sleep(1)
        return 42

    async def foo2():
        await asyncio.sleep(2)
        return 11

    async def runner(sleep_first):
        nonlocal t1, t2
        async with asyncio.TaskGroup() as g:
            t1 = g.create_task(foo1())
            t2 = g.create_task(foo2())
            if sleep_first:
                await asyncio.sleep(0.1)
            1 / 0

    for sleep_first in (True, False):
        print("-- the body fails", "after a sleep" if sleep_first else "at once")
        t1 = t2 = None
        try:
            await runner(sleep_first)
        except ExceptionGroup as eg:
            print("ExceptionGroup of", error_types(eg))
        else:
            print("no ExceptionGroup")
        print("children cancelled:", t1.cancelled(), t2.cancelled())


def eager_loop():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    return loop


for factory in (asyncio.new_event_loop, eager_loop):
    print("== tasks" if factory is asyncio.new_event_loop else "== eager tasks")
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.run(test())
