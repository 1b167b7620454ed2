import asyncio


async def step(n):
    await asyncio.sleep(n)
    print("step", n, "in", asyncio.current_task().get_name())
    return n * 10


runner = asyncio.Runner()
try:
    print(runner.run(step(1)))
    print(runner.run(step(2)))
    loop = runner.get_loop()
    print("loop closed?", loop.is_closed())
finally:
    runner.close()
print("loop closed?", loop.is_closed())
