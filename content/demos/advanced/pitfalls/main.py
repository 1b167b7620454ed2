import asyncio
import time


async def fetch(item: int):
    await asyncio.sleep(1)
    return item


async def heartbeat(beats: list[float]):
    loop = asyncio.get_running_loop()
    for i in range(4):
        beats.append(loop.time())
        await asyncio.sleep(0.5)


async def boom():
    await asyncio.sleep(0)
    raise Exception("nobody will hear this")


async def main():
    print("1. a forgotten await")
    result = fetch(1)  # no await: nothing ran
    print("   result is a coroutine, not 1:", asyncio.iscoroutine(result))

    print("2. a blocking call freezes every task")
    beats = []
    hb = asyncio.create_task(heartbeat(beats))
    await asyncio.sleep(0.1)
    await asyncio.sleep(1.4)  # the right way to wait: the heartbeat goes on
    await hb
    print("   asyncio.sleep: beats at", " ".join(f"{t - beats[0]:.1f}" for t in beats), "s")
    beats = []
    hb = asyncio.create_task(heartbeat(beats))
    await asyncio.sleep(0.1)
    time.sleep(1.4)  # blocks the loop: no other task can run
    await hb
    print("   time.sleep:    beats at", " ".join(f"{t - beats[0]:.1f}" for t in beats), "s")

    print("3. a task whose error nobody retrieves")
    asyncio.create_task(boom())
    await asyncio.sleep(1)
    print("   main carries on; the error went to stderr, if anywhere")


asyncio.run(main())
