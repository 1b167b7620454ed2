import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("ready")
    pending = loop.create_future()
    loop.call_later(1, pending.set_result, "later")
    g = asyncio.gather(done, pending, asyncio.sleep(0.5, "coro"))
    print("gather done at once?", g.done())
    print(await g)
    g2 = asyncio.gather(done, done)
    print("all children done:", g2.done())
    print(await g2)


asyncio.run(main())
