import asyncio


async def finish_at(seconds):
    await asyncio.sleep(seconds)
    return "finished"


async def attempt(label, work, limit):
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(limit):
            print(label, await work)
    except TimeoutError:
        print(label, "timed out at", round(loop.time() * 1000), "ms")


async def main():
    await attempt("same delay, deadline set first:", finish_at(1), 1)
    task = asyncio.create_task(finish_at(1))
    await attempt("same delay, task created just before (its timer starts later):", task, 1)
    print("the task itself was cancelled?", task.cancelled())
    await attempt("work slightly shorter:", finish_at(0.999), 1)
    await attempt("deadline slightly longer:", finish_at(1), 1.001)


asyncio.run(main())
