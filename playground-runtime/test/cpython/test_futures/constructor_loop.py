import asyncio

# No loop running and none set: the future has no loop to bind to.
try:
    asyncio.Future()
except RuntimeError as e:
    print("RuntimeError:", e)

loop = asyncio.new_event_loop()


async def make():
    return asyncio.Future()


made = loop.run_until_complete(make())
print("inside a running loop, bound to it:", made._loop is loop, made.get_loop() is loop)

asyncio.set_event_loop(loop)
global_one = asyncio.Future()
print("with a loop set, bound to it:", global_one._loop is loop, global_one.get_loop() is loop)
asyncio.set_event_loop(None)
loop.close()
