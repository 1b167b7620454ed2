import asyncio


# compare: stderr
async def await_without_task(coro):
    """Drives coro from a plain callback, where no task is current."""
    exc = None

    def func():
        nonlocal exc
        try:
            for _ in coro.__await__():
                pass
        except BaseException as err:
            exc = err

    asyncio.get_running_loop().call_soon(func)
    await asyncio.sleep(0)
    if exc is not None:
        raise exc


async def test():
    tg = asyncio.TaskGroup()
    try:
        await await_without_task(tg.__aenter__())
    except RuntimeError as e:
        print("RuntimeError:", e)
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
