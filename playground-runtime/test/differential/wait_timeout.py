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
    tasks = [asyncio.create_task(work(f"t{d}", d), name=f"t{d}") for d in (1, 2, 5)]
    done, pending = await asyncio.wait(tasks, timeout=2.5)
    print("at", round(loop.time(), 1), "done", names(done), "pending", names(pending))
    print("timeout does not cancel:", [t.cancelled() for t in pending])
    done, pending = await asyncio.wait(pending, timeout=10)
    print("at", round(loop.time()), "done", names(done), "pending", names(pending))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("empty:", e)


asyncio.run(main())
