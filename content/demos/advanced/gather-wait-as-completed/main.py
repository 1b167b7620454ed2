import asyncio


async def download(name: str, seconds: float):
    await asyncio.sleep(seconds)
    return f"{name} ({seconds}s)"


async def main():
    loop = asyncio.get_running_loop()
    start = lambda: [download("big", 3), download("small", 1), download("medium", 2)]

    t0 = loop.time()
    all = await asyncio.gather(*start())
    print("gather:", all, "after", round(loop.time() - t0), "s")

    t0 = loop.time()
    tasks = [asyncio.create_task(coro) for coro in start()]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("wait FIRST_COMPLETED:", [t.result() for t in done], "after", round(loop.time() - t0), "s")
    print("  still pending:", len(pending), "- wait() cancels nothing")
    for task in pending: task.cancel()

    t0 = loop.time()
    for next in asyncio.as_completed(start()):
        print("as_completed:", await next, "after", round(loop.time() - t0), "s")


asyncio.run(main())
