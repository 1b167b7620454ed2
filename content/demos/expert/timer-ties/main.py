import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fired = []

    # Five timers with the same delay, set one after another.
    for name in ["a", "b", "c", "d", "e"]:
        loop.call_later(1, fired.append, name)
    await asyncio.sleep(2)
    print("call_later(1) x5 fired:", fired)

    # Five timers with the very same deadline.
    fired.clear()
    when = loop.time() + 1
    for name in ["a", "b", "c", "d", "e"]:
        loop.call_at(when, fired.append, name)
    await asyncio.sleep(2)
    print("call_at(when) x5 fired:", fired)


asyncio.run(main())
