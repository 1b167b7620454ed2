import asyncio


class MyBaseExc(BaseException):
    pass


def error_types(eg):
    return sorted({type(exc).__name__ for exc in eg.exceptions})


async def test():
    async def crash_soon():
        await asyncio.sleep(0.1)
        raise MyBaseExc

    async def nested():
        try:
            await asyncio.sleep(10)
        finally:
            raise TypeError

    async def runner():
        async with asyncio.TaskGroup() as g:
            g.create_task(crash_soon())
            await nested()

    try:
        await runner()
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, "of", error_types(eg))


def eager_loop():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    return loop


for factory in (asyncio.new_event_loop, eager_loop):
    print("== tasks" if factory is asyncio.new_event_loop else "== eager tasks")
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.run(test())
