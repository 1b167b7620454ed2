# Async generators consumed on an event loop: async for, __anext__/asend/athrow/aclose
# awaited from a coroutine, with sleeps inside and around the finally blocks.
import asyncio

loop = asyncio.new_event_loop()
done = []


def run(label, coro):
    try:
        print(label, "->", loop.run_until_complete(coro), done)
    except BaseException as error:
        print(label, "raised", repr(error), done)
    done.clear()


async def to_list(agen):
    return [item async for item in agen]


async def returns_early():
    yield 1
    await asyncio.sleep(0.01)
    yield 2
    await asyncio.sleep(0.01)
    return
    yield 3


async def fails():
    yield 1
    await asyncio.sleep(0.01)
    yield 2
    raise ValueError("02")
    yield 3


class Gen:
    async def __aiter__(self):
        yield 1
        await asyncio.sleep(0.01)
        yield 2


run("asyncio 01", to_list(returns_early()))
run("asyncio 02", to_list(fails()))
run("asyncio 03", to_list(Gen()))


async def echoes():
    v = yield 1
    v = yield v
    yield v * 100


async def anext_05():
    it = echoes().__aiter__()
    got = []
    for sent in [None, 10, 12]:
        try:
            it.__anext__().send(sent)
        except StopIteration as stop:
            got.append(stop.value)
    try:
        await it.__anext__()
    except StopAsyncIteration:
        got.append("stop")
    return got


run("anext 05", anext_05())


async def swallows():
    try:
        yield
    except BaseException:
        pass
    done.append("swallowed")


async def anext_06():
    g = swallows()
    await g.asend(None)
    try:
        await g.asend(None)
    except StopAsyncIteration:
        done.append("stop")


run("anext 06", anext_06())
