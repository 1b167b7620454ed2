import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for argument in (loop, 42):
        try:
            asyncio.Future(argument)
        except TypeError as e:
            print("TypeError:", e)
    fut = asyncio.Future(loop=loop)
    print("by keyword:", fut.get_loop() is loop)
    print("no argument:", asyncio.Future().get_loop() is loop)


asyncio.run(main())
