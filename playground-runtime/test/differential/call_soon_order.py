import asyncio


def cb(name, loop):
    print("callback", name)
    if name == "a":
        loop.call_soon(cb, "a-child", loop)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "a", loop)
    loop.call_soon(cb, "b", loop)
    loop.call_soon(cb, "c", loop)
    print("scheduled three")
    await asyncio.sleep(0)
    print("after one sleep(0)")
    await asyncio.sleep(0)
    print("after two sleep(0)")


asyncio.run(main())
