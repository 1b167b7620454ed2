import asyncio


class MyExc(Exception):
    pass


def error_types(eg):
    return sorted({type(exc).__name__ for exc in eg.exceptions})


async def test():
    num = 0

    async def runner(then_raise):
        nonlocal num
        async with asyncio.TaskGroup():
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                num += 10
                if then_raise:
                    # Replacing the cancellation with an error: odd, but supported.
                    raise MyExc
                raise

    for then_raise in (False, True):
        print("-- the body", "raises MyExc" if then_raise else "re-raises", "when cancelled")
        num = 0
        r = asyncio.create_task(runner(then_raise))
        await asyncio.sleep(0.1)
        print("done before cancel():", r.done())
        r.cancel()
        try:
            await r
        except asyncio.CancelledError:
            print("CancelledError")
        except ExceptionGroup as eg:
            print("ExceptionGroup of", error_types(eg))
        print("num:", num)


def eager_loop():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    return loop


for factory in (asyncio.new_event_loop, eager_loop):
    print("== tasks" if factory is asyncio.new_event_loop else "== eager tasks")
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.run(test())
