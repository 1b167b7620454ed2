# An async generator driven through its protocol by hand: __aiter__, __anext__, asend,
# athrow and aclose, and what it says about itself on the way.
import asyncio
import re


def bare(text):
    return re.sub(r" at 0x[0-9a-f]+", "", text, count=1)


async def counter(limit):
    sent = None
    try:
        for i in range(limit):
            await asyncio.sleep(0)
            try:
                sent = yield [i, sent]
            except Exception as error:
                print("counter caught", repr(error))
                sent = "after-throw"
    finally:
        print("counter finally, running:", agen.ag_running)


agen = None


async def main():
    global agen
    agen = counter(5)
    print(bare(repr(agen)), agen.__name__, agen.__qualname__, agen.ag_code.co_name)
    print("aiter is itself:", agen.__aiter__() is agen, "running:", agen.ag_running)
    print("frame before:", agen.ag_frame is not None, "await:", agen.ag_await)
    step = agen.__anext__()
    print(bare(repr(step)), "is a coroutine:", asyncio.iscoroutine(step))
    print("first:", await step)
    print("asend:", await agen.asend("hello"))
    print("athrow:", await agen.athrow(ValueError("boom")))
    print("anext again:", await agen.__anext__())
    closing = agen.aclose()
    print(bare(repr(closing)), "is a coroutine:", asyncio.iscoroutine(closing))
    print("aclose gives:", await closing)
    print("frame after:", agen.ag_frame, "running:", agen.ag_running)
    try:
        await agen.__anext__()
    except StopAsyncIteration as error:
        print("anext after close:", repr(error))
    print("aclose again:", await agen.aclose())
    agen = None


asyncio.run(main())
