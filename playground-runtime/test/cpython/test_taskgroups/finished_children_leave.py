import asyncio


async def test():
    async def do_job(delay):
        await asyncio.sleep(delay)

    async with asyncio.TaskGroup() as g:
        for count in range(10):
            await asyncio.sleep(0.1)
            g.create_task(do_job(0.3))
            if count == 5:
                print("children at the sixth:", len(g._tasks))
        await asyncio.sleep(1.35)
        print("children at the end:", len(g._tasks))


def eager_loop():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    return loop


for factory in (asyncio.new_event_loop, eager_loop):
    print("== tasks" if factory is asyncio.new_event_loop else "== eager tasks")
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.run(test())
