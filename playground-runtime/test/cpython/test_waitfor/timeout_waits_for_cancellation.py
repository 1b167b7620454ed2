import asyncio

EPSILON = 0.0001


def make_slow_to_cancel(log):
    async def slow_to_cancel():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            await asyncio.sleep(EPSILON)
            raise
        finally:
            log.append("inner done")
    return slow_to_cancel


async def with_timeout(log):
    inner = asyncio.create_task(make_slow_to_cancel(log)())
    try:
        await asyncio.wait_for(inner, timeout=EPSILON)
    except TimeoutError as e:
        print("TimeoutError after", log, "context:", type(e.__context__).__name__)


async def with_zero_timeout(log):
    inner = asyncio.create_task(make_slow_to_cancel(log)())
    await asyncio.sleep(EPSILON)
    await asyncio.wait_for(inner, timeout=0)


async def main():
    await with_timeout([])
    log = []
    try:
        await with_zero_timeout(log)
    except TimeoutError as e:
        print("TimeoutError after", log, "context:", type(e.__context__).__name__)


asyncio.run(main())
