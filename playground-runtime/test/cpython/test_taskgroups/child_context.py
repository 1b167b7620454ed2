import asyncio


import contextvars


async def test():
    cvar = contextvars.ContextVar("cvar")

    async def coro(val):
        await asyncio.sleep(0)
        cvar.set(val)

    async with asyncio.TaskGroup() as g:
        ctx = contextvars.copy_context()
        print("before:", ctx.get(cvar))
        t1 = g.create_task(coro(1), context=ctx)
        await t1
        print("after the first child:", ctx.get(cvar))
        t2 = g.create_task(coro(2), context=ctx)
        await t2
        print("after the second child:", ctx.get(cvar))


def eager_loop():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    return loop


for factory in (asyncio.new_event_loop, eager_loop):
    print("== tasks" if factory is asyncio.new_event_loop else "== eager tasks")
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.run(test())
