import asyncio


async def test():
    async def foo1():
        await asyncio.sleep(0.1)
        return 42

    async def foo2():
        await asyncio.sleep(0.2)
        return 11

    print("-- both created at once")
    async with asyncio.TaskGroup() as g:
        t1 = g.create_task(foo1())
        t2 = g.create_task(foo2())
    print("results:", t1.result(), t2.result())

    print("-- the second created after a sleep in the body")
    async with asyncio.TaskGroup() as g:
        t1 = g.create_task(foo1())
        await asyncio.sleep(0.15)
        t2 = g.create_task(foo2())
    print("results:", t1.result(), t2.result())


def eager_loop():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    return loop


for factory in (asyncio.new_event_loop, eager_loop):
    print("== tasks" if factory is asyncio.new_event_loop else "== eager tasks")
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.run(test())
