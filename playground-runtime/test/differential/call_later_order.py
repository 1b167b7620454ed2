import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    def report(label):
        print(label, "at", round((loop.time() - start) * 1000), "ms")

    loop.call_later(0.3, report, "0.3s")
    loop.call_later(0.1, report, "0.1s")
    loop.call_later(0.2, report, "0.2s")
    loop.call_later(0, report, "0s")
    loop.call_soon(report, "soon")
    await asyncio.sleep(1)


asyncio.run(main())
