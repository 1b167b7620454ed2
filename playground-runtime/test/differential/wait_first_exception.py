import asyncio


async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    loop = asyncio.get_running_loop()
    tasks = [
        asyncio.create_task(work("ok1", 1), name="ok1"),
        asyncio.create_task(work("bad", 2, fail=True), name="bad"),
        asyncio.create_task(work("ok3", 3), name="ok3"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("at", round(loop.time()), "done", names(done), "pending", names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), "exception:", t.exception())
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print("cancelled:", [t.cancelled() for t in done])


asyncio.run(main())
