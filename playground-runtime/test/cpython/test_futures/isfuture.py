import asyncio


class MyFuture:
    _asyncio_future_blocking = None

    def __init__(self):
        self._asyncio_future_blocking = False


loop = asyncio.new_event_loop()
print("the class:", asyncio.isfuture(MyFuture))
print("an instance:", asyncio.isfuture(MyFuture()))
print("a number:", asyncio.isfuture(1))
f = asyncio.Future(loop=loop)
print("a Future:", asyncio.isfuture(f))
print("Future itself:", asyncio.isfuture(type(f)))
f.cancel()
loop.close()
