import asyncio


def _fakefunc(f):
    return f


def first_cb():
    pass


def last_cb():
    pass


loop = asyncio.new_event_loop()
loop.set_debug(True)
f_pending_debug = asyncio.Future(loop=loop)
print(repr(f_pending_debug))
f_pending_debug.cancel()
loop.set_debug(False)

f_pending = asyncio.Future(loop=loop)
print(repr(f_pending))
f_pending.cancel()

f_cancelled = asyncio.Future(loop=loop)
f_cancelled.cancel()
print(repr(f_cancelled))

f_result = asyncio.Future(loop=loop)
f_result.set_result(4)
print(repr(f_result), f_result.result())

error = RuntimeError()
f_exception = asyncio.Future(loop=loop)
f_exception.set_exception(error)
print(repr(f_exception), f_exception.exception() is error)

f_one_callbacks = asyncio.Future(loop=loop)
f_one_callbacks.add_done_callback(_fakefunc)
print(repr(f_one_callbacks))
f_one_callbacks.cancel()
print(repr(f_one_callbacks))

f_two_callbacks = asyncio.Future(loop=loop)
f_two_callbacks.add_done_callback(first_cb)
f_two_callbacks.add_done_callback(last_cb)
print(repr(f_two_callbacks))

f_many_callbacks = asyncio.Future(loop=loop)
f_many_callbacks.add_done_callback(first_cb)
for _ in range(8):
    f_many_callbacks.add_done_callback(_fakefunc)
f_many_callbacks.add_done_callback(last_cb)
print(repr(f_many_callbacks))
f_many_callbacks.cancel()
print(repr(f_many_callbacks))
loop.close()
