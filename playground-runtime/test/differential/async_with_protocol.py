import asyncio


# `async with mgr as v:` is `await using v = mgr;`: the rest of the block is the body.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, _tb):
        what = "None" if exc_type is None else f"{exc_type.__name__}({exc.args[0]})"
        print("exit", self.name, what)
        await asyncio.sleep(0)
        return self.suppress


async def finishes():
    async with Resource("a") as a:
        print("body sees", a)
        await asyncio.sleep(0.1)
        print("body done")


async def returns(early):
    async with Resource("r") as r:
        if early:
            return f"early from {r}"
        return "late"


async def nested():
    async with Resource("outer") as outer, \
            Resource("middle") as middle:
        async with Resource("inner") as inner:
            print("innermost body", outer, middle, inner)
            raise ValueError("from the body")


async def suppressing():
    async with Resource("s", True) as s:
        print("about to fail inside", s)
        raise KeyError("swallowed")


async def loops():
    for i in [0, 1, 2, 3]:
        async with Resource(f"item{i}") as item:
            if i == 1:
                continue
            if i == 2:
                break
            print("loop body", item)
    print("after the loop")


async def main():
    await finishes()
    print(await returns(True))
    print(await returns(False))
    try:
        await nested()
    except Exception as e:
        print("main caught", type(e).__name__, e.args[0])
    print("suppressing returns", await suppressing())
    await loops()


asyncio.run(main())
