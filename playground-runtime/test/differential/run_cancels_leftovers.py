import asyncio


async def background(name):
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print(name, "cancelled by asyncio.run at", round(asyncio.get_running_loop().time()))
        raise
    finally:
        print(name, "cleanup in", asyncio.current_task().get_name())


async def main():
    asyncio.create_task(background("bg1"))
    await asyncio.sleep(1)
    print("main returns")


asyncio.run(main())
print("after run")
