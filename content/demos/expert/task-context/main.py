import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


def log(message):
    print(f"[{request_id.get()}] {message}")


async def handle(rid):
    request_id.set(rid)  # sets it in this task's own copy of the context
    log("handling")
    await asyncio.sleep(1)
    await asyncio.to_thread(log, "in a worker thread")  # to_thread runs log in a copy
    log("done")


async def show():
    log("show sees the context it was given")


async def main():
    request_id.set("main")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(handle("r1"))
        tg.create_task(handle("r2"))
    log("after the group: neither task's set leaked out")

    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "r3")  # change the copy only
    task = asyncio.create_task(show(), context=ctx)
    await task
    print("task.get_context() is ctx:", task.get_context() is ctx)
    asyncio.get_running_loop().call_soon(log, "a callback in ctx", context=ctx)
    await asyncio.sleep(0)
    log("main's own value is untouched")


asyncio.run(main())
