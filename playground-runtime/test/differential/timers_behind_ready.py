import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "timer (delay 0)")

    def chain(n):
        print("ready", n)
        if n < 3:
            loop.call_soon(chain, n + 1)

    loop.call_soon(chain, 1)
    loop.call_later(0, print, "second timer (delay 0)")
    await asyncio.sleep(0.1)


asyncio.run(main())
