import asyncio


class MyStopIteration(StopIteration):
    pass


loop = asyncio.new_event_loop()
for cls in (StopIteration, MyStopIteration):
    print("--", cls.__name__)
    f = asyncio.Future(loop=loop)
    f.set_exception(cls())
    print("cancelled:", f.cancelled(), "done:", f.done())
    try:
        f.result()
    except RuntimeError:
        print("result() raised RuntimeError")
    exc = f.exception()
    print(type(exc).__name__ + ":", exc)
    print("its cause:", type(exc.__cause__).__name__)
loop.close()
