import asyncio


async def main():
    queue = asyncio.Queue(maxsize=5)
    try:
        await asyncio.wait_for(queue.get(), 0.1)
    except TimeoutError:
        print("TimeoutError")
    print("getters left:", len(queue._getters))


asyncio.run(main())
