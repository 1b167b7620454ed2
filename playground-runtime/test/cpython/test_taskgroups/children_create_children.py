import asyncio


def error_types(eg):
    return sorted({type(exc).__name__ for exc in eg.exceptions})


async def test():
    async def root(g):
        await asyncio.sleep(0.1)
        g.create_task(coro1(0.1))
        g.create_task(coro1(0.2))

    async def coro1(delay):
        await asyncio.sleep(delay)
        print("child slept", delay)

    async with asyncio.TaskGroup() as g:
        g.create_task(root(g))
    print("the group waited for the grandchildren")

    print("-- hydras")
    nhydras = 0

    async def hydra(g):
        nonlocal nhydras
        nhydras += 1
        await asyncio.sleep(0.01)
        g.create_task(hydra(g))
        g.create_task(hydra(g))

    async def hercules():
        while nhydras < 10:
            await asyncio.sleep(0.015)
        1 / 0

    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(hydra(g))
            g.create_task(hercules())
    except ExceptionGroup as eg:
        print("ExceptionGroup of", error_types(eg))
    print("hydras:", nhydras)


def eager_loop():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    return loop


for factory in (asyncio.new_event_loop, eager_loop):
    print("== tasks" if factory is asyncio.new_event_loop else "== eager tasks")
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.run(test())
