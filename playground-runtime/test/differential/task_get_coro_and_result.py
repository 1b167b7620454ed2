import asyncio


class Oops(Exception):
    pass


async def ok():
    await asyncio.sleep(1)
    return "fine"


async def bad():
    await asyncio.sleep(1)
    raise Oops("it broke")


async def main():
    coro = ok()
    t1 = asyncio.create_task(coro)
    t2 = asyncio.create_task(bad())
    print("same coroutine:", t1.get_coro() is coro)
    await asyncio.sleep(2)
    print("t1:", t1.done(), t1.result(), t1.exception())
    print("t2:", t2.done(), type(t2.exception()).__name__, t2.exception())
    try:
        t2.result()
    except Oops as e:
        print("result() raises:", e)
    t3 = asyncio.create_task(ok())
    try:
        t3.result()
    except asyncio.InvalidStateError as e:
        print("too early:", e)
    await t3


asyncio.run(main())
