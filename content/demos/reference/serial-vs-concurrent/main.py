import asyncio


async def fetch(i):
    await asyncio.sleep(1)  # stands for one network round trip
    return i * 10


async def main():
    loop = asyncio.get_running_loop()

    started = loop.time()
    serial = []
    for i in range(5):
        serial.append(await fetch(i))
    print("serial:    ", serial, f"in {round(loop.time() - started)} s")

    started = loop.time()
    together = await asyncio.gather(fetch(0), fetch(1), fetch(2), fetch(3), fetch(4))
    print("concurrent:", together, f"in {round(loop.time() - started)} s")


asyncio.run(main())
