import asyncio
import time

started = 0


def stamp():
    return f"{round(asyncio.get_running_loop().time() - started)} s"


async def blocking_nap(i):
    print(f"  nap {i} starts at {stamp()}")
    time.sleep(1)  # holds the loop: nobody else runs
    return i


async def polite_nap(i):
    print(f"  nap {i} starts at {stamp()}")
    await asyncio.sleep(1)  # suspends this task: the others run
    return i


async def main():
    global started
    loop = asyncio.get_running_loop()

    print("time.sleep(1) in five tasks:")
    started = loop.time()
    await asyncio.gather(blocking_nap(0), blocking_nap(1), blocking_nap(2), blocking_nap(3), blocking_nap(4))
    print(f"  all done at {stamp()}")

    print("await asyncio.sleep(1) in five tasks:")
    started = loop.time()
    await asyncio.gather(polite_nap(0), polite_nap(1), polite_nap(2), polite_nap(3), polite_nap(4))
    print(f"  all done at {stamp()}")


asyncio.run(main())
