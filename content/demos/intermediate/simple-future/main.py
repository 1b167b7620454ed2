# No event loop here: we drive a coroutine by hand, as a Task would.

class SimpleFuture:
    def __init__(self):
        self.result = None
        self.done = False

    def set_result(self, value):
        self.result = value
        self.done = True

    def __await__(self):
        if not self.done:
            yield self  # hand ourselves to whoever drives the coroutine, and pause
        return self.result  # the value of `await`


async def double(fut: SimpleFuture):
    print("  double: waiting for the future")
    value = await fut
    print("  double: got", value)
    return value * 2


fut = SimpleFuture()
coro = double(fut)

print("driver: start the coroutine")
step = coro.send(None)
print("driver: the coroutine yielded our future?", step is fut, "- finished?", False)  # send() returned a value: not yet

print("driver: set_result(21), then resume it")
fut.set_result(21)
try:
    coro.send(None)
except StopIteration as stop:
    # StopIteration means finished; its .value is the coroutine's return value
    print("driver: finished?", True, "- it returned", stop.value)
