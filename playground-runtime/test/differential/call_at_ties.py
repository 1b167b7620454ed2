import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fired = []
    when = loop.time() + 1
    for i in range(10):
        loop.call_at(when, fired.append, f"at{i}")
    await asyncio.sleep(2)
    print(" ".join(fired))


asyncio.run(main())
