import asyncio
import contextvars

step = contextvars.ContextVar("step", default="unset")


def show(label):
    print(label, "runs with step =", step.get())


def bump(label):
    # What a callback sets stays in the context it ran in.
    step.set(label)
    print(label, "set step")


async def main():
    loop = asyncio.get_running_loop()
    mine = contextvars.Context()
    mine.run(step.set, "mine")

    step.set("scheduled")
    # Without a context, a handle copies the current context when it is scheduled...
    loop.call_soon(show, "call_soon")
    loop.call_later(0.1, show, "call_later")
    loop.call_at(loop.time() + 0.2, show, "call_at")
    loop.call_soon_threadsafe(show, "call_soon_threadsafe")
    step.set("changed later")
    # ...with one, it runs in that very context.
    loop.call_soon(show, "call_soon(context=mine)", context=mine)
    loop.call_later(0.1, show, "call_later(context=mine)", context=mine)
    loop.call_at(loop.time() + 0.2, show, "call_at(context=mine)", context=mine)
    loop.call_soon_threadsafe(show, "call_soon_threadsafe(context=mine)", context=mine)
    handle = loop.call_soon(bump, "bumped", context=mine)
    loop.call_soon(show, "after the bump", context=mine)
    print(handle.get_context() is mine, loop.call_soon(print).get_context() is mine)
    await asyncio.sleep(0.3)
    print("main still sees", step.get(), "and mine holds", mine[step])

    # A handler set with set_exception_handler runs in the failed handle's context.
    def handler(loop, ctx):
        print("handler sees", step.get(), "for", type(ctx["exception"]).__name__)

    def fail():
        raise ValueError("no")

    loop.set_exception_handler(handler)
    loop.call_soon(fail, context=mine)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)

    # A future's done callbacks run in the context they were added with.
    fut = loop.create_future()
    step.set("adding")
    fut.add_done_callback(lambda f: show("done callback"))
    fut.add_done_callback(lambda f: show("done callback(context=mine)"), context=mine)
    step.set("completing")
    fut.set_result(None)
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: show("late done callback"))
    await asyncio.sleep(0)


asyncio.run(main())
