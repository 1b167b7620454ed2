import asyncio


async def test():
    class MyError(Exception):
        pass

    async def throw_error():
        raise MyError

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(throw_error())
    except* MyError:
        print("caught MyError")
    else:
        print("no MyError")
    # Were the group's cancellation of this task left over, this sleep would raise it.
    await asyncio.sleep(0)
    print("not cancelled after the group; cancelling():", asyncio.current_task().cancelling())


def eager_loop():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    return loop


for factory in (asyncio.new_event_loop, eager_loop):
    print("== tasks" if factory is asyncio.new_event_loop else "== eager tasks")
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.run(test())
