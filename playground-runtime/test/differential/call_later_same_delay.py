import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fired = []
    for i in range(10):
        loop.call_later(1, fired.append, f"later{i}")
    for i in range(3):
        loop.call_later(0.5, fired.append, f"half{i}")
    await asyncio.sleep(2)
    print(" ".join(fired))


asyncio.run(main())
