import asyncio


# Every context manager asyncio itself offers, through `await using` (`async with`), and the
# Runner through `using` (`with`).
async def worker(name, lock, sem, cond, log):
    async with sem as held:
        print(name, "has the semaphore, value", held)
        async with lock as _:
            print(name, "has the lock", lock.locked())
            await asyncio.sleep(0.01)
        print(name, "let the lock go", lock.locked())
        async with cond as c:
            log.append(name)
            cond.notify_all()


async def main():
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(2)
    cond = asyncio.Condition()
    log = []
    async with asyncio.TaskGroup() as tg:
        for name in ["a", "b", "c"]:
            tg.create_task(worker(name, lock, sem, cond, log))
        print("task group body done")
    print("all done", log)

    try:
        async with asyncio.timeout(0.05) as t:
            print("timeout entered, expires", t.expired())
            await asyncio.sleep(1)
    except Exception as e:
        print("timed out:", type(e).__name__)
    loop = asyncio.get_running_loop()
    async with asyncio.timeout_at(loop.time() + 1) as t:
        await asyncio.sleep(0.1)
        print("timeout_at left in time, expired:", t.expired())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(1))

            async def fail():
                raise ValueError("child failed")

            tg.create_task(fail())
    except Exception as e:
        print("group:", type(e).__name__, [str(x) for x in e.exceptions])
    return "main's result"


with asyncio.Runner() as runner:
    print(runner.run(main()))
    print("loop closed in the body?", runner.get_loop().is_closed())
print("after with: runner closed")
