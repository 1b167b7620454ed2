# compare: stderr without source
# An exception handed to a future without being raised has no traceback: the log shows only
# the exception. One raised, as a task's is, shows where it was raised.
import asyncio

loop = asyncio.new_event_loop()

never = loop.create_future()
never.set_exception(ValueError("never raised"))
never = None
loop.run_until_complete(asyncio.sleep(0))


async def fails():
    await asyncio.sleep(0)
    raise KeyError("raised in a task")


task = loop.create_task(fails())
loop.run_until_complete(asyncio.sleep(0.1))
task = None

loop.close()
print("end")
