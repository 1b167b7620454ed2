# No asyncio at all: just generators, the machinery await is built from.
def inner():
    print("inner: start")
    got = yield "inner paused"
    print("inner: resumed with", got)
    return "inner result"


def outer():
    print("outer: start")
    result = yield from inner()
    print("outer: inner returned", result)
    return "outer result"


gen = outer()
first = gen.send(None)
print("driver got:", first)
try:
    gen.send("hello")
except StopIteration as stop:  # a finished generator hands back its return value here
    print("driver got:", stop.value, "finished:", True)
