# Async generators stepped by hand, with no event loop: each step of __anext__() is driven
# with send()/throw(), and an awaitable that yields a marker stands in for a future.


class AwaitException(Exception):
    pass


class Marker:
    def __init__(self, throw=False):
        self.throw = throw

    def __await__(self):
        yield "throw" if self.throw else "result"


def drive(coro):
    failing = False
    while True:
        try:
            if failing:
                failing = False
                got = coro.throw(AwaitException())
            else:
                got = coro.send(None)
        except StopIteration as stop:
            return stop.value
        if got == "throw":
            failing = True


def collect(agen):
    async def loop_over():
        items = []
        async for item in agen:
            items.append(item)
        return items

    return drive(loop_over())


def attempt(label, thunk):
    try:
        print(label, "->", thunk())
    except Exception as error:
        print(label, "raised", repr(error))


async def three():
    await Marker()
    sent = yield 123
    print("sent into the generator:", sent)
    await Marker()
    yield 456
    await Marker()
    yield 789


print("iteration 01:", collect(three()))


async def one_then_await():
    await Marker()
    yield 123
    await Marker()


agen = one_then_await()
it = agen.__aiter__()
step = it.__anext__()
print("iteration 02, first step:", step.__next__())
try:
    step.__next__()
except StopIteration as stop:
    print("the value comes as StopIteration:", stop.value)
step = it.__anext__()
print("second __anext__ first step:", step.__next__())
try:
    step.__next__()
except StopAsyncIteration as stop:
    print("then", repr(stop))


async def fails_in_await():
    await Marker()
    yield 123
    await Marker(throw=True)
    yield 456


attempt("exception 03", lambda: collect(fails_in_await()))


async def divides():
    await Marker()
    yield 123
    raise ValueError("the body fails")


agen = divides()
it = agen.__aiter__()
step = it.__anext__()
print("exception 04, first step:", step.__next__())
try:
    step.__next__()
except StopIteration as stop:
    print("value:", stop.value)
attempt("next __anext__", lambda: it.__anext__().__next__())


async def leaks_stop_async():
    yield 123
    raise StopAsyncIteration


attempt("exception 05", lambda: collect(leaks_stop_async()))


async def leaks_stop():
    yield 123
    raise StopIteration


attempt("exception 06", lambda: collect(leaks_stop()))


async def once():
    yield 123


attempt("exception 10", lambda: once().__anext__().send(100))
