import asyncio
import re


async def work():
    return "worked"


def attempt(label, call):
    try:
        print(label, "->", call())
    except (TypeError, ValueError) as e:
        # Addresses differ between runtimes.
        print(label, type(e).__name__ + ":", re.sub(r" at 0x[0-9a-f]+", "", str(e)))


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    # A delay that is not a number fails where CPython first uses it: sleep and
    # wait_for compare it with 0 when awaited, timeout and call_later add it to the clock.
    for label, make in [
        ("sleep('x')", lambda: asyncio.sleep("x")),
        ("sleep(None)", lambda: asyncio.sleep(None)),
        ("sleep([1])", lambda: asyncio.sleep([1])),
        ("sleep({})", lambda: asyncio.sleep({})),
        ("sleep(nan)", lambda: asyncio.sleep(float("nan"))),
        ("sleep(-1)", lambda: asyncio.sleep(-1)),
        ("sleep(True)", lambda: asyncio.sleep(True, "slept a second")),
        ("wait_for(fut, '1')", lambda: asyncio.wait_for(fut, "1")),
        ("wait_for(work(), None)", lambda: asyncio.wait_for(work(), None)),
    ]:
        try:
            print(label, "->", await make())
        except (TypeError, ValueError) as e:
            print(label, type(e).__name__ + ":", e)
    attempt("timeout('x')", lambda: asyncio.timeout("x"))
    attempt("timeout([])", lambda: asyncio.timeout([]))
    attempt("call_later('x')", lambda: loop.call_later("x", print))
    attempt("call_later(None)", lambda: loop.call_later(None, print))
    # What is not awaitable is refused by name.
    attempt("create_task(1)", lambda: asyncio.create_task(1))
    attempt("create_task(work)", lambda: asyncio.create_task(work))
    attempt("ensure_future('x')", lambda: asyncio.ensure_future("x"))
    attempt("gather(1)", lambda: asyncio.gather(1))
    attempt("shield(None)", lambda: asyncio.shield(None))
    print("loop time still moves:", loop.time() > 1)


# asyncio.run takes a coroutine or another awaitable, nothing else.
for label, arg in [("1", 1), ("the function", work), ("None", None), ("'main'", "main")]:
    try:
        asyncio.run(arg)
    except TypeError as e:
        print(f"run({label}) TypeError:", e)
try:
    asyncio.run(asyncio.sleep("x"))
except TypeError as e:
    print("run(sleep('x')) TypeError:", e)
asyncio.run(main())
