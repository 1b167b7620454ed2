import asyncio


async def fetch(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("end", name)
    return name


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await fetch("a", 1)
    await fetch("b", 1)
    print("sequential took", round(loop.time() - t0))
    t0 = loop.time()
    ta = asyncio.create_task(fetch("c", 1))
    tb = asyncio.create_task(fetch("d", 1))
    print("tasks created")
    await ta
    await tb
    print("concurrent took", round(loop.time() - t0))


asyncio.run(main())
