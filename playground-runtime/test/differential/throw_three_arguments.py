# compare: stderr without source
# The deprecated throw(type, value[, traceback]) on a coroutine, driven by hand from a task:
# CPython warns for the line that calls it (once, however often it runs), and makes the
# exception from the type and the value: an instance of the type as it is, anything else as
# the type's argument, None as no argument.
import asyncio


class Bare:
    def __await__(self):
        yield "suspended"


async def f():
    try:
        await Bare()
    except ValueError as error:
        print("caught", repr(error))
        return 5


async def main():
    # Each value thrown in with the type, and a traceback of None, as the old form was written.
    for value in [ValueError("v"), "w", None]:
        coro = f()
        coro.send(None)
        try:
            coro.throw(ValueError, value, None)
        except StopIteration as stop:
            print("returned", stop.value)
    # An instance with a value of its own is refused: the call still warns first (a line of
    # its own, so a warning of its own), then raises TypeError, and the coroutine stays
    # suspended.
    coro = f()
    coro.send(None)
    try:
        coro.throw(ValueError("v"), "w")
    except TypeError as error:
        print("TypeError:", error)
    coro.close()
    await asyncio.sleep(0)


asyncio.run(main())
