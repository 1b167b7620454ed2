# compare: stderr
import asyncio

loop = asyncio.new_event_loop()
loop.set_debug(True)



def caught():
    try:
        raise MemoryError()
    except BaseException as exc:
        return exc


print("-- an exception raised and caught before")
memory = asyncio.Future(loop=loop)
memory.set_exception(caught())
memory = None
loop.run_until_complete(asyncio.sleep(0))
loop.close()
print("end")
