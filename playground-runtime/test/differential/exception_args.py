# An exception keeps what it was made with as args, a tuple: asyncio's own, the built-in
# ones, a plain Error (Python's Exception), and the reader's subclasses, with or without
# a constructor of their own; str() and repr() show the args as Python's do.
import asyncio


class Plain(Exception):
    pass


class Coded(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


class Quiet(Exception):
    def __init__(self):
        super().__init__()


def show(label, e):
    print(label, "args:", e.args, "len:", len(e.args), "str:", f"{e}", "repr:", repr(e))


async def cancelled_with(message=None):
    task = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    task.cancel(message)
    try:
        await task
    except BaseException as e:
        return e


async def main():
    show("CancelledError('foo')", asyncio.CancelledError("foo"))
    show("CancelledError()", asyncio.CancelledError())
    show("TimeoutError()", asyncio.TimeoutError())
    show("InvalidStateError", asyncio.InvalidStateError("bad", 2))
    show("QueueEmpty()", asyncio.QueueEmpty())
    show("KeyError('k')", KeyError("k"))
    show("ValueError(1, 2)", ValueError(1, 2))
    show("Error('plain')", Exception("plain"))
    show("Error()", Exception())
    show("Plain('a', 2)", Plain("a", 2))
    show("Plain()", Plain())
    show("Coded(7)", Coded(7))
    show("Quiet()", Quiet())
    try:
        raise Plain("wrapped") from ValueError("root")
    except Plain as e:
        caused = e
    show("Plain from ValueError", caused)
    print("  cause:", repr(caused.__cause__), "first arg:", caused.args[0])
    show("cancel('stop')", await cancelled_with("stop"))
    show("cancel()", await cancelled_with())
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except TimeoutError as e:
        show("wait_for's TimeoutError", e)
    a, b = ValueError("x", "y").args
    print("unpacked:", a, b)


asyncio.run(main())
