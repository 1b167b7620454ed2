import asyncio

loop = asyncio.new_event_loop()


def resume(it):
    try:
        it.send(None)
    except StopIteration:
        print("then it is exhausted")
    except (SystemError, RuntimeError) as e:
        print(type(e).__name__ + ":", e)


print("-- resumed after throw()")
thrown = asyncio.Future(loop=loop)
it = thrown.__await__()
next(it)
try:
    it.throw(RuntimeError)
except RuntimeError:
    print("throw() raised RuntimeError")
resume(it)

print("-- resumed after close()")
closed = asyncio.Future(loop=loop)
it = closed.__await__()
next(it)
it.close()
resume(it)
loop.close()
