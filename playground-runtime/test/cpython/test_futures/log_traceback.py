import asyncio

loop = asyncio.new_event_loop()
fut = asyncio.Future(loop=loop)
try:
    fut._log_traceback = True
except ValueError as e:
    print("ValueError:", e)
loop.close()
