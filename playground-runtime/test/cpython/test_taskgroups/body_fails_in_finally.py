import asyncio


class MyExc(Exception):
    pass


class MyBaseExc(BaseException):
    pass


def error_types(eg):
    return sorted({type(exc).__name__ for exc in eg.exceptions})


async def test():
    async def crash_soon():
        await asyncio.sleep(0.1)
        1 / 0

    async def nested(error):
        try:
            await asyncio.sleep(10)
        finally:
            raise error

    async def runner(error):
        async with asyncio.TaskGroup() as g:
            g.create_task(crash_soon())
            await nested(error)

    async def scenario(error):
        print("-- the body's finally raises", error.__name__)
        try:
            if error is MyExc:
                await asyncio.create_task(runner(error))
            else:
                await runner(error)
        except KeyboardInterrupt:
            print("KeyboardInterrupt")
        except BaseExceptionGroup as eg:
            print(type(eg).__name__, "of", error_types(eg))

    # Each in a task of its own, as each test method runs in one.
    for error in (MyExc, KeyboardInterrupt, MyBaseExc):
        await asyncio.create_task(scenario(error))


def eager_loop():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    return loop


for factory in (asyncio.new_event_loop, eager_loop):
    print("== tasks" if factory is asyncio.new_event_loop else "== eager tasks")
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.run(test())
