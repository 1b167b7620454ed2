import asyncio


async def fail(n):
    raise ValueError(f"failed {n}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1))
            tg.create_task(fail(2))
    except ExceptionGroup as group:
        print("message:", group.message)
        print("str:", str(group))
        print("repr:", repr(group))
        print("args[0]:", group.args[0])
    group = ExceptionGroup("by hand", [KeyError("k")])
    print(group.message, "|", group, "|", repr(group))


asyncio.run(main())
