import asyncio


async def test():
    async def raise_after(t, e):
        await asyncio.sleep(t)
        raise e()

    print("-- one group")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(raise_after(0.0, RuntimeError))
    except* RuntimeError:
        print("caught RuntimeError")
    print("cancelling():", asyncio.current_task().cancelling())

    print("-- nested, both cancelling the task")
    try:
        async with asyncio.TaskGroup() as outer_tg:
            try:
                async with asyncio.TaskGroup() as inner_tg:
                    inner_tg.create_task(raise_after(0, RuntimeError))
                    outer_tg.create_task(raise_after(0, ValueError))
            except* RuntimeError:
                print("caught RuntimeError")
            else:
                print("RuntimeError not raised")
            print("cancelling() between the groups:", asyncio.current_task().cancelling())
    except* ValueError:
        print("caught ValueError")
    else:
        print("ValueError not raised")
    print("cancelling():", asyncio.current_task().cancelling())


def eager_loop():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    return loop


for factory in (asyncio.new_event_loop, eager_loop):
    print("== tasks" if factory is asyncio.new_event_loop else "== eager tasks")
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.run(test())
