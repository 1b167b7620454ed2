import asyncio


class DuckFuture:
    """Not a Future, but shaped like one: isfuture() accepts it."""

    _asyncio_future_blocking = False

    def __init__(self):
        self.result_value = None

    def done(self):
        return self.result_value is not None

    def result(self):
        return self.result_value

    def __iter__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        return self.result()


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
duck = DuckFuture()
print("wrap_future gives it back:", asyncio.wrap_future(duck) is duck)
print("ensure_future gives it back:", asyncio.ensure_future(duck) is duck)
asyncio.set_event_loop(None)
loop.close()
