import asyncio


class Boom(Exception):
    pass


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_exception, Boom("bad news"))
    try:
        await fut
    except Boom as e:
        print("caught:", e)
    print("exception():", fut.exception())
    try:
        fut.result()
    except Boom as e:
        print("result() raises again:", e)


asyncio.run(main())
