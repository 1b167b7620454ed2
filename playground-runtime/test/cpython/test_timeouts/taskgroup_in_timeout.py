import asyncio


def describe(label, e):
    parts = []
    while e is not None:
        cause = type(e.__cause__).__name__ if e.__cause__ is not None else None
        parts.append(f"{type(e).__name__}(cause={cause}, context is cause: {e.__context__ is e.__cause__})")
        e = e.__context__
    print(label, " <- ".join(parts))


async def crashes_in_cleanup():
    try:
        await asyncio.sleep(2)
    finally:
        1 / 0


async def main():
    try:
        async with asyncio.timeout(0.01):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(crashes_in_cleanup())
                try:
                    raise ValueError
                finally:
                    await asyncio.sleep(1)
    except ExceptionGroup as eg:
        describe("group:", eg)
        print("inside:", len(eg.exceptions))
        describe("its error:", eg.exceptions[0])


asyncio.run(main())
