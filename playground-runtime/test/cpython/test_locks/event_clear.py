import asyncio


async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    ev.set()
    print(ev.is_set())
    ev.clear()
    print(ev.is_set())

    result = []

    async def waits():
        if await ev.wait():
            result.append(1)
        return True

    t = asyncio.create_task(waits())
    await asyncio.sleep(0)
    print(result)
    # Set then cleared before the waiter runs: it is still woken, once.
    ev.set()
    ev.clear()
    print("set:", ev.is_set())
    ev.set()
    ev.set()
    print("waiters:", len(ev._waiters))
    await asyncio.sleep(0)
    print(result, "waiters:", len(ev._waiters))
    print(t.done(), t.result())


asyncio.run(main())
