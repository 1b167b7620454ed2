import asyncio


def attempt(label, action):
    """Prints what action() returns, or the type of what it raises."""
    try:
        print(label, "->", repr(action()))
    except BaseException as e:
        print(label, "raised", type(e).__name__)


async def main():
    loop = asyncio.get_running_loop()

    print("-- a new future")
    fresh = asyncio.Future(loop=loop)
    print("cancelled:", fresh.cancelled(), "done:", fresh.done())
    fresh.cancel()
    print("after cancel(), cancelled:", fresh.cancelled())

    print("-- cancelled")
    cancelled = asyncio.Future(loop=loop)
    attempt("cancel()", lambda: cancelled.cancel())
    print("cancelled:", cancelled.cancelled(), "done:", cancelled.done())
    attempt("result()", lambda: cancelled.result())
    attempt("exception()", lambda: cancelled.exception())
    attempt("set_result(None)", lambda: cancelled.set_result(None))
    attempt("set_exception(None)", lambda: cancelled.set_exception(None))
    attempt("cancel() again", lambda: cancelled.cancel())

    print("-- a result")
    finished = asyncio.Future(loop=loop)
    attempt("result() too early", lambda: finished.result())
    finished.set_result(42)
    print("cancelled:", finished.cancelled(), "done:", finished.done())
    attempt("result()", lambda: finished.result())
    attempt("exception()", lambda: finished.exception())
    attempt("set_result(None)", lambda: finished.set_result(None))
    attempt("set_exception(None)", lambda: finished.set_exception(None))
    attempt("cancel()", lambda: finished.cancel())

    print("-- an exception")
    error = RuntimeError()
    failed = asyncio.Future(loop=loop)
    attempt("exception() too early", lambda: failed.exception())
    failed.set_exception(error)
    print("cancelled:", failed.cancelled(), "done:", failed.done())
    attempt("result()", lambda: failed.result())
    print("exception() is the one set:", failed.exception() is error)
    attempt("set_result(None)", lambda: failed.set_result(None))
    attempt("set_exception(None)", lambda: failed.set_exception(None))
    attempt("cancel()", lambda: failed.cancel())

    print("-- an exception class")
    from_class = asyncio.Future(loop=loop)
    from_class.set_exception(RuntimeError)
    print("exception() is a RuntimeError:", isinstance(from_class.exception(), RuntimeError))


asyncio.run(main())
