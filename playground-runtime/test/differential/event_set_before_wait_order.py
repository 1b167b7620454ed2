import asyncio


async def sleeper_then_print(name):
    await asyncio.sleep(0)
    print(name, "after sleep(0)")


async def event_waiter(event):
    await event.wait()
    print("event waiter resumes")


async def main():
    event = asyncio.Event()
    w = asyncio.create_task(event_waiter(event))
    await asyncio.sleep(0)
    s = asyncio.create_task(sleeper_then_print("s"))
    event.set()
    asyncio.get_running_loop().call_soon(print, "call_soon after set")
    await asyncio.gather(w, s)


asyncio.run(main())
