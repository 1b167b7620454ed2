import asyncio


async def worker(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise RuntimeError(f"{name} failed")
        print(name, "done")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    a = asyncio.create_task(worker("a", 1))
    b = asyncio.create_task(worker("b", 2, fail=True))
    c = asyncio.create_task(worker("c", 3))
    try:
        await asyncio.gather(a, b, c)
    except RuntimeError as e:
        print("gather raised:", e)
    print("c still running?", not c.done())
    await asyncio.sleep(2)
    print("c result:", c.result())


asyncio.run(main())
