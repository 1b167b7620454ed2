import asyncio

loop = asyncio.new_event_loop()
f1 = asyncio.Future(loop=loop)
print("an asyncio future comes back as it is:", asyncio.wrap_future(f1) is f1)
f1.cancel()
loop.close()
