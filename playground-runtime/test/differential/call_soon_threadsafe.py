import asyncio
import time


def worker(loop, fut):
    time.sleep(1)
    loop.call_soon_threadsafe(print, "from the thread, via call_soon_threadsafe")
    return "worker result"


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon_threadsafe(print, "threadsafe from the loop itself")
    loop.call_soon(print, "plain call_soon")
    result = await loop.run_in_executor(None, worker, loop, None)
    print(result, "at", round(loop.time()))


asyncio.run(main())
