import asyncio


# compare: stderr
async def test():
    print("-- entered while entered")
    tg = asyncio.TaskGroup()
    async with tg:
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)

    print("-- entered twice")
    tg = asyncio.TaskGroup()
    async with tg:
        pass
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    print("-- create_task once finished (the coroutine is closed, nothing warns)")
    tg = asyncio.TaskGroup()
    async with tg:
        pass
    try:
        tg.create_task(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)

    print("-- create_task never entered")
    tg = asyncio.TaskGroup()
    try:
        tg.create_task(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)


def eager_loop():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    return loop


for factory in (asyncio.new_event_loop, eager_loop):
    print("== tasks" if factory is asyncio.new_event_loop else "== eager tasks")
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.run(test())
