import asyncio


async def main():
    print("main runs as", asyncio.current_task().get_name())
    await asyncio.sleep(1)
    return 42


print("result:", asyncio.run(main()))
print("again:", asyncio.run(main()))
