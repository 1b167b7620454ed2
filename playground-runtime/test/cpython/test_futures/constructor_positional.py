import asyncio

loop = asyncio.new_event_loop()
try:
    asyncio.Future(42)
    print("accepted a positional argument")
except TypeError:
    print("TypeError: Future takes no positional argument")
loop.close()
