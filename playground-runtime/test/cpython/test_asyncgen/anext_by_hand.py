# The awaitable anext(agen, default) gives, driven by hand through its __await__(): send()
# and throw() reach the generator's own awaits, the default arrives as StopIteration's
# value, close() makes it unusable. Once with the builtin anext() and once with an anext()
# written in Python. The test's bare-value awaitable (a types.coroutine generator) is
# written as a class whose __await__ is a generator, as in the TypeScript.


class MyError(Exception):
    pass


class Bare:
    """Awaiting it hands each value of `values` to whoever drives the coroutine."""

    def __init__(self, *values):
        self.values = values

    def __await__(self):
        sent = None
        for value in self.values:
            sent = yield value
        return sent


def python_anext(iterator, *default):
    if not default:
        return type(iterator).__anext__(iterator)

    async def with_default():
        try:
            return await type(iterator).__anext__(iterator)
        except StopAsyncIteration:
            return default[0]

    return with_default()


async def catches(first, second):
    try:
        await Bare(*first)
    except MyError:
        await Bare(*second)
    return
    yield


async def catches_and_ends():
    try:
        await Bare(10, 11)
    except MyError:
        return
    yield "aaa"


async def awaits_then_yields():
    await Bare(10, 11)
    yield "aaa"


def step(label, action):
    try:
        print("  ", label, "->", action())
    except StopIteration as stop:
        print("  ", label, "raised StopIteration", repr(stop.value))
    except Exception as error:
        print("  ", label, "raised", repr(error))


def drive(title, make, steps):
    for name, anext_ in [("builtin", anext), ("python", python_anext)]:
        print(title, f"({name} anext):")
        g = anext_(make(), "default").__await__()
        try:
            for label, action in steps:
                step(label, lambda: action(g))
        finally:
            g.close()


drive(
    "test1",
    lambda: catches([1], [2]),
    [
        ("send(None)", lambda g: g.send(None)),
        ("throw(MyError())", lambda g: g.throw(MyError())),
        ("send(None)", lambda g: g.send(None)),
    ],
)
drive(
    "test2",
    lambda: catches([1], [2]),
    [
        ("send(None)", lambda g: g.send(None)),
        ("throw(MyError())", lambda g: g.throw(MyError())),
        ("throw(MyError())", lambda g: g.throw(MyError())),
    ],
)
drive(
    "test3",
    lambda: catches([1], [2]),
    [
        ("send(None)", lambda g: g.send(None)),
        ("close()", lambda g: g.close()),
        ("send(None)", lambda g: g.send(None)),
    ],
)
drive(
    "test4",
    lambda: catches([10, 11], [20, 21]),
    [
        ("send(None)", lambda g: g.send(None)),
        ("throw(MyError())", lambda g: g.throw(MyError())),
        ("throw(MyError('val'))", lambda g: g.throw(MyError("val"))),
    ],
)
drive(
    "test5",
    catches_and_ends,
    [
        ("send(None)", lambda g: g.send(None)),
        ("throw(MyError())", lambda g: g.throw(MyError())),
    ],
)
drive(
    "test6",
    awaits_then_yields,
    [("throw(MyError())", lambda g: g.throw(MyError()))],
)
