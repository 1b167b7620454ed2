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
    tasks = [asyncio.create_task(work(f"t{d}", d), name=f"t{d}") for d in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("at", round(loop.time()), "done", names(done), "pending", names(pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("at", round(loop.time()), "done", names(done), "pending", names(pending))
    done, pending = await asyncio.wait(pending)
    print("at", round(loop.time()), "done", names(done), "pending", names(pending))


asyncio.run(main())
