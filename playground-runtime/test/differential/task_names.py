import asyncio


async def work(n):
    await asyncio.sleep(n)


async def main():
    a = asyncio.create_task(work(1))
    b = asyncio.create_task(work(1), name="fetcher")
    c = asyncio.create_task(work(1))
    print(a.get_name(), b.get_name(), c.get_name())
    c.set_name("renamed")
    print(c.get_name())
    await asyncio.gather(a, b, c)
    d = asyncio.ensure_future(work(0))
    print(d.get_name())
    await d


asyncio.run(main())
