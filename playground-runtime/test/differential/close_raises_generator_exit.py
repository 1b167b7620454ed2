# close() and aclose() raise GeneratorExit where the body is suspended: its except blocks see
# it, may return a value, may refuse it by awaiting (or yielding) again; a coroutine awaiting
# another closes the inner one first, then sees GeneratorExit (or what closing raised) itself.
import asyncio
import inspect
import types


@types.coroutine
def suspend(value):
    return (yield value)


def attempt(label, call):
    try:
        print(label, "->", repr(call()))
    except BaseException as e:
        print(f"{label} raised", repr(e))


async def sees():
    try:
        await suspend("sees")
    except BaseException as e:
        print("  sees caught", repr(e), isinstance(e, GeneratorExit))
        raise


async def returns_on_exit():
    try:
        await suspend("returns")
    except GeneratorExit:
        return "a value from the except block"


async def awaits_again():
    try:
        await suspend("first")
    except BaseException:
        print("  swallowed, awaiting again")
    await suspend("second")
    print("  never printed")


async def inner(label, on_exit):
    try:
        await suspend(label)
    except BaseException as e:
        print(f"  inner {label} caught", repr(e))
        if on_exit == "return":
            return 5
        if on_exit == "raise":
            raise ValueError("from inner's except")
        raise
    finally:
        print(f"  inner {label} finally")


async def outer(label, on_exit):
    try:
        got = await inner(label, on_exit)
        print("  outer got", got)
    except BaseException as e:
        print(f"  outer {label} caught", repr(e))
        raise


def started(coro):
    coro.send(None)
    return coro


attempt("close sees", lambda: started(sees()).close())
attempt("close returns", lambda: started(returns_on_exit()).close())
refuses = started(awaits_again())
attempt("close awaits again", lambda: refuses.close())
print("  state after", inspect.getcoroutinestate(refuses))
attempt("close it once more", lambda: refuses.close())
print("  state now", inspect.getcoroutinestate(refuses))
attempt("close nested", lambda: started(outer("plain", "reraise")).close())
attempt("close nested, inner returns", lambda: started(outer("returning", "return")).close())
attempt("close nested, inner raises", lambda: started(outer("raising", "raise")).close())


async def counts():
    try:
        yield 1
        yield 2
    except BaseException as e:
        print("  generator caught", repr(e))
        raise
    finally:
        print("  generator finally")


async def stubborn():
    try:
        yield "first"
    except BaseException as e:
        print("  stubborn caught", repr(e))
    yield "again"


# Held to the end, as CPython would otherwise finalize it when main() drops it.
kept = None


async def main():
    global kept
    agen = counts()
    print("first", await agen.__anext__())
    print("aclose ->", await agen.aclose())
    kept = stubborn()
    await kept.__anext__()
    try:
        await kept.aclose()
    except BaseException as e:
        print("aclose raised", repr(e))


asyncio.run(main())
print("kept", repr(kept).startswith("<async_generator object stubborn"))
