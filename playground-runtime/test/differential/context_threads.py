import asyncio
import contextvars
import time

user = contextvars.ContextVar("user", default="nobody")


def whoami(tag):
    time.sleep(0.5)
    return f"{tag}: {user.get()}"


def set_on_thread(name):
    # The thread runs in a copy: what it sets does not come back to the caller.
    user.set(name)
    return user.get()


async def main():
    user.set("ann")
    loop = asyncio.get_running_loop()
    # to_thread runs the function in a copy of the caller's context...
    print(await asyncio.to_thread(whoami, "to_thread"))
    # ...run_in_executor does not: the worker thread has a context of its own.
    print(await loop.run_in_executor(None, whoami, "run_in_executor"))
    # Carrying the context by hand, as to_thread does.
    ctx = contextvars.copy_context()
    print(await loop.run_in_executor(None, ctx.run, whoami, "ctx.run"))
    print(await asyncio.to_thread(set_on_thread, "bob"), "but main sees", user.get())
    both = await asyncio.gather(
        asyncio.to_thread(whoami, "first"), asyncio.to_thread(whoami, "second")
    )
    print(both, "at", round(loop.time()))


asyncio.run(main())
