import asyncio


async def job(name: str, seconds: float, fail: bool = False):
    await asyncio.sleep(seconds)
    if fail:
        raise ValueError(f"{name} failed")
    return name


# a succeeds after 1 s, b fails after 2 s, c succeeds after 3 s
def jobs():
    return [job("a", 1), job("b", 2, True), job("c", 3)]


# one policy for every job: log the error, return a fallback
async def safe(coro, fallback):
    try:
        return await coro
    except Exception as error:
        print(f"   safe(): {error}, using {fallback}")
        return fallback


async def main():
    loop = asyncio.get_running_loop()

    def clock():  # a stopwatch: at() tells the seconds since clock() was called
        t0 = loop.time()
        return lambda: f"after {round(loop.time() - t0)} s"

    print("1. plain gather: the first error reaches you; the rest keep running")
    at = clock()
    tasks = [asyncio.create_task(coro) for coro in jobs()]
    try:
        await asyncio.gather(*tasks)
    except ValueError as error:
        print("   caught:", error, at(), "- c done?", tasks[2].done())
    print("   c finishes anyway:", await tasks[2], at())

    print("2. return_exceptions: every outcome, errors in place")
    at = clock()
    outcomes = await asyncio.gather(*jobs(), return_exceptions=True)
    print("  ", [f"error: {r}" if isinstance(r, Exception) else r for r in outcomes], at())

    print("3. a try per task, as each one finishes")
    at = clock()
    for next in asyncio.as_completed(jobs()):
        try:
            print("   got", await next, at())
        except ValueError as error:
            print("   handled:", error, at())

    print("4. a wrapper: the same handling for every job")
    at = clock()
    safely = await asyncio.gather(*[safe(coro, "-") for coro in jobs()])
    print("  ", safely, at())

    print("5. TaskGroup: the first error cancels the rest")
    at = clock()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("a", 1))
            tg.create_task(job("b", 2, True))
            c = tg.create_task(job("c", 3))
    except ExceptionGroup as group:
        print("  ", group.message, list(group.exceptions), at())
        print("   c cancelled?", c.cancelled())


asyncio.run(main())
