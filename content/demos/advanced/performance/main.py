import asyncio


async def fetch(item: int | str):
    await asyncio.sleep(1)  # one second of waiting on the network
    return item


async def main():
    loop = asyncio.get_running_loop()

    def clock():
        t0 = loop.time()
        return lambda: f"{round(loop.time() - t0)} s"

    items = [1, 2, 3, 4, 5]

    took = clock()
    serial = []
    for item in items:
        serial.append(await fetch(item))  # the next fetch starts only when this one is done
    print("awaits in a loop:", serial, "took", took())

    took = clock()
    together = await asyncio.gather(*[fetch(item) for item in items])
    print("gather:          ", together, "took", took())

    took = clock()
    profile = await fetch("profile")
    orders = await fetch("orders")
    print("one after other: ", [profile, orders], "took", took())

    took = clock()
    orders_task = asyncio.create_task(fetch("orders"))  # starts now, runs while we wait
    profile2 = await fetch("profile")
    print("started early:   ", [profile2, await orders_task], "took", took())

    took = clock()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(item)) for item in items]
    print("TaskGroup:       ", [task.result() for task in tasks], "took", took())


asyncio.run(main())
