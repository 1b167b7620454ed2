# A coroutine's and an async generator's __name__ and __qualname__ can be set (to a str
# only): reprs, task reprs and the never-awaited warning use the new names, the code keeps
# its own.
import asyncio
import re


def bare(text):
    return re.sub(r" at 0x[0-9a-f]+", "", text, count=1)


async def work():
    await asyncio.sleep(0)
    return "done"


async def ticks():
    yield 1


def attempt(label, call):
    try:
        call()
        print(label, "accepted")
    except BaseException as e:
        print(label, "raised", repr(e))


async def main():
    coro = work()
    coro.__name__ = "renamed"
    coro.__qualname__ = "Outer.renamed"
    print(coro.__name__, coro.__qualname__, coro.cr_code.co_name, coro.cr_code.co_qualname)
    print(bare(repr(coro)))
    task = asyncio.create_task(coro)
    await asyncio.sleep(0)
    print(re.sub(r":\d+>>$", ">>", bare(repr(task))))
    print(await task)

    agen = ticks()
    agen.__name__ = "tocks"
    agen.__qualname__ = "Clock.tocks"
    print(agen.__name__, agen.__qualname__, agen.ag_code.co_name)
    print(bare(repr(agen)))
    print(await agen.__anext__())

    def set_name():
        agen.__name__ = 5

    def set_qualname():
        agen.__qualname__ = None

    def set_coro_name():
        coro.__name__ = ["x"]

    attempt("__name__ = 5", set_name)
    attempt("__qualname__ = null", set_qualname)
    attempt("coroutine __name__ = ['x']", set_coro_name)
    print("still", agen.__name__, agen.__qualname__, coro.__name__)
    await agen.aclose()


asyncio.run(main())
