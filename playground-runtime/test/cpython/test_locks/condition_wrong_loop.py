import asyncio


async def main():
    other = asyncio.new_event_loop()

    # A lock bound to another loop, taken on the fast path, then contested by a Condition.
    try:
        asyncio.Lock(loop=other)
    except TypeError as e:
        print("TypeError:", e)
    lock = asyncio.Lock()
    lock._loop = other
    async with lock:
        cond = asyncio.Condition(lock)
        try:
            await cond.acquire()
        except RuntimeError as e:
            print("RuntimeError:", "is bound to a different event loop" in str(e))

    # The condition itself bound to another loop.
    lock = asyncio.Lock()
    async with lock:
        try:
            asyncio.Condition(lock, loop=other)
        except TypeError as e:
            print("TypeError:", e)
        cond = asyncio.Condition(lock)
        cond._loop = other
        try:
            await cond.wait()
        except RuntimeError as e:
            print("RuntimeError:", "is bound to a different event loop" in str(e))
    other.close()


asyncio.run(main())
