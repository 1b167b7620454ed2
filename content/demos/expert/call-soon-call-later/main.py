import asyncio


async def main():
    loop = asyncio.get_running_loop()

    def log(label):
        print(f"{round(loop.time() * 1000)} ms  {label}")

    loop.call_later(0.2, log, "call_later(0.2)")
    loop.call_later(0.1, log, "call_later(0.1)")
    loop.call_later(0, log, "call_later(0)")
    loop.call_soon(log, "call_soon #1")

    def second():
        log("call_soon #2")
        loop.call_soon(log, "call_soon made by #2")

    loop.call_soon(second)
    loop.call_at(loop.time() + 0.1, log, "call_at(now + 0.1)")
    loop.call_soon(log, "call_soon #3")

    print("ready queue:", len(loop._ready), "handles | scheduled heap:", len(loop._scheduled), "timers")
    await asyncio.sleep(0.3)
    log("main wakes up")


asyncio.run(main())
