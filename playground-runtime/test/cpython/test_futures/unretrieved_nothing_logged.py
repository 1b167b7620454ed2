# compare: stderr
import asyncio

loop = asyncio.new_event_loop()

# Each future is dropped with nothing to report: nothing may be logged.
abandoned = asyncio.Future(loop=loop)
del abandoned

cancelled_after_error = asyncio.Future(loop=loop)
cancelled_after_error.set_exception(Exception())
cancelled_after_error.cancel()
del cancelled_after_error

result_unread = asyncio.Future(loop=loop)
result_unread.set_result(42)
del result_unread

result_read = asyncio.Future(loop=loop)
result_read.set_result(42)
result_read.result()
del result_read

exception_read = asyncio.Future(loop=loop)
exception_read.set_exception(RuntimeError("boom"))
exception_read.exception()
del exception_read

raised_by_result = asyncio.Future(loop=loop)
raised_by_result.set_exception(RuntimeError("boom"))
try:
    raised_by_result.result()
except RuntimeError:
    print("result() raised it")
del raised_by_result

loop.run_until_complete(asyncio.sleep(0))
loop.close()
print("nothing was logged")
