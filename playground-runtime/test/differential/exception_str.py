import asyncio


def show(e):
    print(f"{type(e).__name__}: str={str(e)!r} repr={e!r} f={e} args={e.args!r}")


async def main():
    # KeyError's str is the repr of its one argument; every other class prints it as is.
    for cls in (
        Exception,
        BaseException,
        RuntimeError,
        RecursionError,
        ValueError,
        LookupError,
        KeyError,
        IndexError,
        TimeoutError,
        KeyboardInterrupt,
        asyncio.CancelledError,
        asyncio.InvalidStateError,
        asyncio.BrokenBarrierError,
        asyncio.QueueEmpty,
        asyncio.QueueFull,
        asyncio.QueueShutDown,
    ):
        print(f"--- {cls.__name__}")
        show(cls())
        show(cls("x"))
        show(cls(""))
        show(cls(3))
        show(cls("a", "b"))
        show(cls("it's"))
    # SystemExit's argument is its code.
    show(SystemExit())
    show(SystemExit(2))
    show(SystemExit("bye"))

    # Groups: the message and a count; the repr shows the exceptions.
    group = ExceptionGroup("two", [ValueError(1), KeyError("k")])
    show(group)
    print([str(e) for e in group.exceptions])

    # What the loop raises carries its arguments too.
    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        show(e)
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        show(e)
    d = {}
    try:
        raise KeyError("missing")
    except KeyError as e:
        print("caught:", e)
        print("in an f-string:", f"<{e}>")


asyncio.run(main())
