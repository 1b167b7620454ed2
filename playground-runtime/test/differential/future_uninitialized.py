import asyncio


def probe(label, call):
    try:
        print(label, "->", call())
    except (RuntimeError, asyncio.InvalidStateError) as e:
        print(label, type(e).__name__ + ":", e)


async def main():
    # __new__ without __init__: the C Future refuses every method that needs its loop.
    fresh = lambda: asyncio.Future.__new__(asyncio.Future)
    probe("get_loop", lambda: fresh().get_loop())
    probe("result", lambda: fresh().result())
    probe("exception", lambda: fresh().exception())
    probe("set_result", lambda: fresh().set_result(1))
    probe("set_exception", lambda: fresh().set_exception(ValueError("x")))
    probe("cancel", lambda: fresh().cancel())
    probe("add_done_callback", lambda: fresh().add_done_callback(print))
    probe("remove_done_callback", lambda: fresh().remove_done_callback(print))
    probe("repr", lambda: repr(fresh()))
    probe("__await__", lambda: fresh().__await__())
    probe("done", lambda: fresh().done())
    probe("cancelled", lambda: fresh().cancelled())
    probe("isfuture", lambda: asyncio.isfuture(fresh()))
    try:
        await fresh()
    except RuntimeError as e:
        print("await:", e)

    # A Task is a Future: the same refusals.
    task = lambda: asyncio.Task.__new__(asyncio.Task)
    probe("Task get_loop", lambda: task().get_loop())
    probe("Task result", lambda: task().result())
    probe("Task repr", lambda: repr(task()))
    probe("Task done", lambda: task().done())

    # An initialised one answers.
    probe("initialised get_loop", lambda: asyncio.Future().get_loop() is asyncio.get_running_loop())


asyncio.run(main())
