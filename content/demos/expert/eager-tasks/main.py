import asyncio


async def job(name: str):
    print(f"  {name}: first step, current task {asyncio.current_task().get_name()}")
    await asyncio.sleep(0)
    print(f"  {name}: resumed")
    return name


async def quick(name: str):
    print(f"  {name}: returns without ever suspending")
    return name


def running_now():
    return asyncio.current_task().get_name()


async def main():
    loop = asyncio.get_running_loop()

    print("-- create_task(): scheduled --")
    a = asyncio.create_task(job("a"), name="a")
    print("create_task returned; a done?", a.done(), "| running:", running_now())
    await a

    print("-- create_task(eager_start=True): started --")
    b = asyncio.create_task(job("b"), name="b", eager_start=True)
    print("create_task returned; b done?", b.done(), "| running:", running_now())
    await b

    print("-- eager, and it never suspends --")
    c = asyncio.create_task(quick("c"), name="c", eager_start=True)
    print("create_task returned; c done?", c.done(), "| result:", repr(c.result()))

    print("-- loop.set_task_factory(asyncio.eager_task_factory) --")
    loop.set_task_factory(asyncio.eager_task_factory)
    d = asyncio.create_task(job("d"), name="d")
    e = asyncio.create_task(job("e"), name="e")
    print("both created; d done?", d.done(), "| e done?", e.done())
    print("gather:", await asyncio.gather(d, e))


asyncio.run(main())
