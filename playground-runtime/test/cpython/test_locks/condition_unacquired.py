import asyncio


async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait: RuntimeError:", e)
    # A predicate already true needs no lock.
    print("wait_for:", await cond.wait_for(lambda: [1, 2, 3]))
    try:
        await cond.wait_for(lambda: False)
    except RuntimeError as e:
        print("wait_for: RuntimeError:", e)
    for name in ("notify", "notify_all"):
        try:
            getattr(cond, name)()
        except RuntimeError as e:
            print(name + ": RuntimeError:", e)


asyncio.run(main())
