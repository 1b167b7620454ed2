import asyncio

loop = asyncio.new_event_loop()


def attempt(label, action):
    try:
        action()
        print(label, "-> no error")
    except (RuntimeError, AttributeError, asyncio.InvalidStateError) as e:
        print(label, "->", type(e).__name__)


print("-- created without running __init__")
attempt("result()", lambda: asyncio.Future.__new__(asyncio.Future, loop=loop).result())
attempt("exception()", lambda: asyncio.Future.__new__(asyncio.Future, loop=loop).exception())
attempt("set_result()", lambda: asyncio.Future.__new__(asyncio.Future, loop=loop).set_result(None))
attempt("set_exception()", lambda: asyncio.Future.__new__(asyncio.Future, loop=loop).set_exception(Exception))
attempt("cancel()", lambda: asyncio.Future.__new__(asyncio.Future, loop=loop).cancel())
attempt("add_done_callback()", lambda: asyncio.Future.__new__(asyncio.Future, loop=loop).add_done_callback(lambda f: None))
attempt("remove_done_callback()", lambda: asyncio.Future.__new__(asyncio.Future, loop=loop).remove_done_callback(lambda f: None))
bare = asyncio.Future.__new__(asyncio.Future, loop=loop)
print("cancelled:", bare.cancelled(), "done:", bare.done())

print("-- a subclass whose __init__ skips Future's")


class MyFut(asyncio.Future):
    def __init__(self, *args, **kwargs):
        pass


fut = MyFut(loop=loop)
try:
    fut.get_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
