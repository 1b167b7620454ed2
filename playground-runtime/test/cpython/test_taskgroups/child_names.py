import asyncio


async def test():
    async def coro():
        await asyncio.sleep(0)

    async with asyncio.TaskGroup() as g:
        t = g.create_task(coro(), name="yolo")
        print("get_name():", t.get_name())

    seen = None

    async def asyncfn():
        nonlocal seen
        seen = asyncio.current_task().get_name()

    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncfn(), name="example name")
    print("the child saw:", seen)


def eager_loop():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    return loop


for factory in (asyncio.new_event_loop, eager_loop):
    print("== tasks" if factory is asyncio.new_event_loop else "== eager tasks")
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.run(test())
