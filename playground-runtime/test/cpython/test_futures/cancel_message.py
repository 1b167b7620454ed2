import asyncio

loop = asyncio.new_event_loop()

print("-- reading it")
read = asyncio.Future(loop=loop)
print("has _cancel_message:", hasattr(read, "_cancel_message"), read._cancel_message)
read.cancel("my message")
try:
    loop.run_until_complete(read)
except asyncio.CancelledError as e:
    print("CancelledError:", e)
print("_cancel_message:", read._cancel_message)

print("-- writing it after cancel()")
written = asyncio.Future(loop=loop)
written.cancel("my message")
written._cancel_message = "my new message"
print(written._cancel_message)
written._cancel_message = None
print(written._cancel_message)
written._cancel_message = "my new message"
try:
    loop.run_until_complete(written)
except asyncio.CancelledError as e:
    print("CancelledError:", e)
print("_cancel_message:", written._cancel_message)
loop.close()
