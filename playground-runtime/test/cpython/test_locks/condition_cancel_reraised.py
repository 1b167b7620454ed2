import asyncio


async def run(renotify):
    wake = False
    raised = None
    cond = asyncio.Condition()

    async def func():
        nonlocal raised
        async with cond:
            try:
                await cond.wait_for(lambda: wake)
            except asyncio.CancelledError as e:
                raised = e
                raise

    task = asyncio.create_task(func())
    await asyncio.sleep(0)
    if renotify:
        # Woken, then cancelled while it takes the lock back.
        await cond.acquire()
        wake = True
        cond.notify()
        await asyncio.sleep(0)
        task.cancel(msg="foo")
        cond.release()
    else:
        # Cancelled while it waits to be woken.
        task.cancel(msg="foo")
    try:
        await task
    except asyncio.CancelledError as e:
        print("args:", e.args, "the same exception:", e is raised)


async def main():
    await run(False)
    await run(True)


asyncio.run(main())
