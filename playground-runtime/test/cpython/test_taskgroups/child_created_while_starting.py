import asyncio


async def test():
    class MyError(Exception):
        pass

    ran = False
    exc = None
    try:
        async with asyncio.TaskGroup() as tg:
            async def third_task():
                raise MyError("third task failed")

            async def second_task():
                nonlocal ran
                tg.create_task(third_task())
                try:
                    await asyncio.sleep(0)  # eager tasks are cancelled here
                    await asyncio.sleep(0)  # the others here
                except asyncio.CancelledError:
                    print("second task cancelled")
                else:
                    print("second task not cancelled")
                ran = True

            tg.create_task(second_task())
    except* MyError as excs:
        exc = excs.exceptions[0]
    print("ran:", ran, "caught:", type(exc).__name__, exc)


def eager_loop():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    return loop


for factory in (asyncio.new_event_loop, eager_loop):
    print("== tasks" if factory is asyncio.new_event_loop else "== eager tasks")
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.run(test())
