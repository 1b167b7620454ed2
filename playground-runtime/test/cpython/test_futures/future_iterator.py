import asyncio

loop = asyncio.new_event_loop()

print("-- yield from the same future twice")
shared = asyncio.Future(loop=loop)


def fixture():
    yield "A"
    x = yield from shared
    yield "B", x
    y = yield from shared
    yield "C", y


g = fixture()
print(next(g))
print("the pending future itself:", next(g) is shared)
shared.set_result(42)
print(*next(g))
# Done now, so the second yield from gives the result without yielding the future.
print(*next(g))

print("-- iterated instead of awaited")
pending = asyncio.Future(loop=loop)


def consumer():
    yield from pending


try:
    first, second = consumer()
except RuntimeError as e:
    print("RuntimeError:", e)
pending.cancel()

print("-- a done future's iterator returns the result at once")
pair = asyncio.Future(loop=loop)
pair.set_result((1, 2))
try:
    pair.__iter__().send(None)
except StopIteration as stop:
    print("returned:", *stop.args[0])

loop.close()
