import asyncio


class Boom(Exception):
    pass


async def raises_on_the_way_out():
    try:
        await asyncio.sleep(0.2)
    finally:
        raise Boom("raised while being cancelled")


async def outer():
    inner = asyncio.create_task(raises_on_the_way_out())
    await asyncio.wait_for(inner, timeout=0.0001)


async def main():
    try:
        await outer()
    except Boom as e:
        print("Boom:", e)


asyncio.run(main())
