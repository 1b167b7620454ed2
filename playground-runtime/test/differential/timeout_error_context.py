# The TimeoutError of wait_for and asyncio.timeout is raised from the CancelledError it
# replaces, while that one is being handled: it is both its cause and its context, whether
# the deadline passed while waiting or the timeout was zero and the task was cancelled at once.
import asyncio


async def slow():
    await asyncio.sleep(1)


def show(label, e):
    context = e.__context__
    print(label, repr(e), "context:", repr(context), "cause is context:", e.__cause__ is context)
    print("  context's context:", repr(context.__context__ if context is not None else None))


async def main():
    try:
        await asyncio.wait_for(slow(), 0.1)
    except BaseException as e:
        show("wait_for(0.1)", e)
    try:
        await asyncio.wait_for(asyncio.create_task(slow()), 0)
    except BaseException as e:
        show("wait_for(0)", e)
    try:
        async with asyncio.timeout(0.1):
            await slow()
    except BaseException as e:
        show("timeout(0.1)", e)
    # Raised inside an except block of our own, it chains to what that block handles too.
    try:
        try:
            raise ValueError("outer")
        except BaseException:
            await asyncio.wait_for(slow(), 0)
    except BaseException as e:
        show("wait_for(0) in an except", e)


asyncio.run(main())
