import asyncio
import time


def now():
    return round(asyncio.get_running_loop().time())


def on_loop(message: str):
    print(f"t={now()} on the loop's thread: {message}")


def worker(loop: asyncio.AbstractEventLoop):
    """Runs on a thread of the default executor: no event loop runs here."""
    try:
        asyncio.get_running_loop()
        seen = "a running loop"
    except RuntimeError as exc:
        seen = f"RuntimeError: {exc}"
    loop.call_soon_threadsafe(on_loop, "a callback the worker scheduled")
    time.sleep(2)  # blocks this thread only
    return seen


async def main():
    loop = asyncio.get_running_loop()
    job = asyncio.create_task(asyncio.to_thread(worker, loop))
    print(f"t={now()} main: to_thread task created")
    await asyncio.sleep(1)
    print(f"t={now()} main: the loop kept running meanwhile")
    seen = await job
    print(f"t={now()} main: the worker returned; on its thread, get_running_loop() gave")
    print(f"  {seen}")


asyncio.run(main())
