# An async generator that yields from its finally block after the body failed, stepped by
# hand: what each __anext__() gives, in order (the sync generator twin gives the same).


class Marker:
    def __await__(self):
        yield "result"


def steps(agen):
    seen = []
    while True:
        step = agen.__anext__()
        try:
            while True:
                try:
                    step.__next__()
                except StopIteration as stop:
                    seen.append(stop.value)
                    break
                except StopAsyncIteration:
                    raise
                except Exception as error:
                    seen.append(repr(error))
                    break
        except StopAsyncIteration:
            seen.append("STOP")
            return seen


async def fails_then_yields():
    try:
        yield 1
        raise ValueError("07")
    finally:
        yield 2
        yield 3
    yield 100


async def fails_in_finally():
    try:
        yield 1
        await Marker()
    finally:
        await Marker()
        yield 2
        raise ValueError("08")
        yield 3
    yield 100


async def awaits_around():
    try:
        await Marker()
        yield 1
        raise ValueError("09")
    finally:
        yield 2
        await Marker()
        yield 3
    yield 100


async def inner():
    yield 10
    yield 20


async def outer():
    yield 1
    agen = inner()
    await agen.asend(None)
    try:
        await agen.athrow(GeneratorExit())
    except GeneratorExit:
        yield 2
    yield 3


print("exception 07:", steps(fails_then_yields()))
print("exception 08:", steps(fails_in_finally()))
print("exception 09:", steps(awaits_around()))
print("exception 11:", steps(outer()))
