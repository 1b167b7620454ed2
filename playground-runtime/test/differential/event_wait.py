import asyncio


async def waiter(name, event):
    print(name, "waits")
    await event.wait()
    print(name, "woke at", round(asyncio.get_running_loop().time()))


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, event)) for n in ("a", "b")]
    await asyncio.sleep(1)
    print("is_set?", event.is_set())
    event.set()
    print("set; is_set?", event.is_set())
    await asyncio.gather(*tasks)
    print("wait on a set event returns", await event.wait())
    event.clear()
    print("cleared; is_set?", event.is_set())


asyncio.run(main())
