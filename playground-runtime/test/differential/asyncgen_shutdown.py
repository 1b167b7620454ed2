# Async generators left suspended when main returns: asyncio.run's shutdown closes them
# (loop.shutdown_asyncgens, after the remaining tasks are cancelled), all at once in a gather,
# and reports one whose cleanup fails to the loop's exception handler. (Which of them CPython
# closes first is an accident of memory, a WeakSet's order: only one of them prints.)
import asyncio
import re


def bare(text):
    return re.sub(r" at 0x[0-9a-f]+", "", text, count=1)


async def stream(name, cleanup_steps, failing):
    try:
        i = 0
        while True:
            yield f"{name}{i}"
            i += 1
    finally:
        # Both clean up in as many steps; only the one that succeeds prints.
        if not failing:
            print(name, "cleanup begins")
        for step in range(cleanup_steps):
            await asyncio.sleep(0)
            if not failing:
                print(name, "cleanup step", step)
        if failing:
            raise ValueError(f"{name} could not clean up")
        print(name, "cleanup ends")


async def never_started():
    try:
        yield "never"
    finally:
        print("neverStarted finally (never printed: it never ran)")


async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("worker cancelled")


async def main():
    loop = asyncio.get_running_loop()

    def handler(_loop, context):
        print("handler:", bare(context["message"]))
        print("handler exception:", repr(context["exception"]), bare(repr(context["asyncgen"])))

    loop.set_exception_handler(handler)
    a = stream("a", 2, False)
    b = stream("b", 2, True)
    finished = stream("finished", 0, False)
    for agen in [a, b, finished]:
        print(await agen.__anext__())
    await finished.aclose()
    print(await a.__anext__())
    never_started()
    asyncio.create_task(worker())
    await asyncio.sleep(0)
    print("main returns")
    # Keep the generators alive until the shutdown closes them, as the runtime does
    # (it has no reference counting to close them earlier).
    global kept
    kept = [a, b]


asyncio.run(main())
print("after run")
