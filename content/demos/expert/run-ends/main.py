import asyncio
import time

loop = None  # the loop asyncio.run makes, kept to read its clock after it closes


def now():
    return round(loop.time())


def handler(loop, context):
    print(f"t={now()} handler: {context['message']} | {context['exception']!r}")


async def background(name: str):
    try:
        await asyncio.sleep(3600)
    finally:
        print(f"t={now()} {name}: cancelled by asyncio.run, cleaning up")
        await asyncio.sleep(1)  # cleanup may still await: the loop is running
        print(f"t={now()} {name}: cleanup done")


async def broken_cleanup():
    try:
        await asyncio.sleep(3600)
    finally:
        raise ValueError("cleanup failed")


def slow_io():
    time.sleep(4)  # a blocking call, on a worker thread
    return "thread result"


async def main():
    global loop
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    asyncio.create_task(background("poller"))
    asyncio.create_task(broken_cleanup())
    asyncio.create_task(asyncio.to_thread(slow_io))
    await asyncio.sleep(1)
    print(f"t={now()} main: returning, three tasks still pending")
    return "main's result"


print("asyncio.run returned", repr(asyncio.run(main())), f"at t={now()}")
