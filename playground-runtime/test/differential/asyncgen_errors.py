# CPython's errors for async generators used the wrong way, each caught and printed.
import asyncio
import gc


async def attempt(label, aw):
    try:
        print(label, "->", await aw)
    except BaseException as error:
        print(label, "raised", repr(error))


async def slow():
    await asyncio.sleep(0.1)
    yield "slow value"


async def stubborn():
    try:
        yield 1
    finally:
        yield "one more"


async def leaky():
    yield 1
    raise StopAsyncIteration()


async def awaiting_finally():
    try:
        yield 1
    finally:
        print("cleanup starts")
        await asyncio.sleep(0.1)
        print("cleanup done")


async def main():
    a = slow()
    first = asyncio.create_task(attempt("first anext", a.__anext__()))
    await asyncio.sleep(0)
    await attempt("second anext", a.__anext__())
    await attempt("athrow meanwhile", a.athrow(ValueError("x")))
    await attempt("aclose meanwhile", a.aclose())
    await first

    b = slow()
    step = b.__anext__()
    await attempt("step", step)
    await attempt("step reused", step)
    closing = b.aclose()
    await attempt("aclose", closing)
    await attempt("aclose reused", closing)

    early = slow()
    await attempt("send to a new one", early.asend("early"))

    c = stubborn()
    await attempt("stubborn anext", c.__anext__())
    await attempt("stubborn aclose", c.aclose())

    d = leaky()
    await attempt("leaky 1", d.__anext__())
    await attempt("leaky 2", d.__anext__())
    await attempt("leaky 3", d.__anext__())

    e = awaiting_finally()
    await attempt("e anext", e.__anext__())
    await attempt("e aclose", e.aclose())
    await attempt("e athrow after close", e.athrow(ValueError("late")))

    f = slow()
    await attempt("athrow into a new one", f.athrow(ValueError("at start")))
    await attempt("then anext", f.__anext__())
    await a.aclose()
    await early.aclose()
    # Keep the stubborn one alive until the shutdown reports it, as the runtime does (it has
    # no reference counting to finalize it earlier).
    global kept
    kept = c
    # The caught exceptions' tracebacks hold this frame in reference cycles, keeping the
    # finished generators in the loop's WeakSet until the collector runs; the runtime leaves
    # finished generators out of the shutdown, as CPython does once they are freed.
    gc.collect()


asyncio.run(main())
