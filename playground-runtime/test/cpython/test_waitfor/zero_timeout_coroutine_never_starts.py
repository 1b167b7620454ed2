import asyncio

started = False


async def job():
    global started
    started = True


async def main():
    try:
        await asyncio.wait_for(job(), 0)
    except TimeoutError:
        print("TimeoutError")
    print("job started:", started)


asyncio.run(main())
