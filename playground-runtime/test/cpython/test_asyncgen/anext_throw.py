# throw() into an __anext__() awaitable by hand, on a loop: the generator catches it and
# yields, and throw() raises StopIteration carrying the value.
import asyncio

loop = asyncio.new_event_loop()
done = []


def run(label, coro):
    try:
        print(label, "->", loop.run_until_complete(coro), done)
    except BaseException as error:
        print(label, "raised", repr(error), done)
    done.clear()


async def catches():
    yield 1
    await asyncio.sleep(0.01)
    try:
        yield 2
        yield 3
    except ValueError:
        yield 1000
    await asyncio.sleep(0.01)
    yield 4


async def anext_04_a():
    it = catches().__aiter__()
    got = [await it.__anext__() for _ in range(4)]
    for _ in range(2):
        try:
            await it.__anext__()
        except StopAsyncIteration:
            got.append("stop")
    return got


async def anext_04_b():
    it = catches().__aiter__()
    got = [await it.__anext__(), await it.__anext__()]
    try:
        it.__anext__().throw(ValueError())
    except StopIteration as stop:
        got.append(stop.value)
    got.append(await it.__anext__())
    try:
        await it.__anext__()
    except StopAsyncIteration:
        got.append("stop")
    return got


run("anext 04 a", anext_04_a())
run("anext 04 b", anext_04_b())


async def yields_tuples():
    try:
        yield [1]
    except ValueError:
        yield [2]


async def yields_stops():
    try:
        yield StopIteration(1)
    except ValueError:
        yield StopIteration(3)


async def thrown_into(make):
    it = make().__aiter__()
    got = [await it.__anext__()]
    try:
        it.__anext__().throw(ValueError())
    except StopIteration as stop:
        got.append(stop.value)
    try:
        await it.__anext__()
    except StopAsyncIteration:
        got.append("stop")
    return got


run("anext tuple", thrown_into(yields_tuples))
run("anext stopiteration", thrown_into(yields_stops))
