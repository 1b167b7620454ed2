import asyncio
import types


@types.coroutine
def suspend(value):
    # Yields `value` to whoever drives the coroutine, and returns what is sent back.
    sent = yield value
    return sent


def attempt(label, call):
    try:
        print(label, "->", repr(call()))
    except StopIteration as e:
        print(label, "StopIteration", repr(e.value), repr(e))
    except BaseException as e:
        print(label, type(e).__name__ + ":", e)


async def catcher():
    try:
        got = await suspend("first")
        print("  catcher got", repr(got))
        await suspend("second")
    except ValueError as e:
        print("  catcher caught", repr(e))
        got = await suspend("after the catch")
        return f"returned {got}"
    return "end"


async def plain():
    await suspend("only")
    return 42


async def finalizer():
    try:
        await suspend("in try")
    finally:
        print("  finally runs")


async def stubborn():
    try:
        await suspend("once")
    finally:
        await suspend("again")


def main():
    # send: the value yielded next, or StopIteration carrying the return value.
    c = catcher()
    attempt("send(1) to a new coroutine", lambda: c.send(1))
    attempt("send(None)", lambda: c.send(None))
    attempt("send('x')", lambda: c.send("x"))
    # throw: handled, so it returns what the coroutine yields next.
    attempt("throw(ValueError('boom'))", lambda: c.throw(ValueError("boom")))
    attempt("send('y')", lambda: c.send("y"))
    attempt("send after the end", lambda: c.send(None))
    attempt("throw after the end", lambda: c.throw(ValueError("late")))
    attempt("close after the end", lambda: c.close())

    # throw that is not handled propagates, and the coroutine is finished.
    c = plain()
    attempt("send(None)", lambda: c.send(None))
    attempt("throw(KeyError('k'))", lambda: c.throw(KeyError("k")))
    attempt("send after", lambda: c.send(None))

    # throw with a class makes an instance.
    c = plain()
    c.send(None)
    attempt("throw(ValueError)", lambda: c.throw(ValueError))

    # throw into a new coroutine raises at its start.
    c = plain()
    attempt("throw into a new one", lambda: c.throw(RuntimeError("early")))
    attempt("its state", lambda: c.cr_frame is None)

    # A coroutine's return ends with StopIteration(value); None gives a bare one.
    c = plain()
    c.send(None)
    attempt("send to finish", lambda: c.send(None))
    c = finalizer()
    c.send(None)
    attempt("send to finish with None", lambda: c.send(None))

    # close: finally blocks run, close returns None; a new coroutine just closes.
    c = finalizer()
    attempt("send(None)", lambda: c.send(None))
    attempt("close()", lambda: c.close())
    attempt("close() again", lambda: c.close())
    attempt("close() a new one", lambda: finalizer().close())
    c = stubborn()
    c.send(None)
    attempt("close() one that awaits in finally", lambda: c.close())


main()
