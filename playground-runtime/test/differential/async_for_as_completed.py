# `for await` over as_completed (3.13's async-iterator form): each task as it finishes, the
# task itself rather than a coroutine giving its result.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    if name == "failing":
        raise ValueError("job failed")
    return name


async def main():
    aws = [job("slow", 0.3), job("fast", 0.1), job("failing", 0.2)]
    async for done in asyncio.as_completed(aws):
        print("finished:", done.done(), done.result() if done.exception() is None else repr(done.exception()))
    try:
        async for done in asyncio.as_completed([job("late", 1)], timeout=0.5):
            print("never", done)
    except TimeoutError as error:
        print("timeout:", repr(error))


asyncio.run(main())
