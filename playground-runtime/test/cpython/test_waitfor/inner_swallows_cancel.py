import asyncio


async def catches(value):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner got CancelledError")
        return value
    print("inner was not cancelled")


async def main():
    # The timeout's cancellation is swallowed and a value returned: wait_for returns it.
    print("result:", await asyncio.wait_for(catches(1), timeout=0.01))
    print("result:", await asyncio.wait_for(catches(42), timeout=0.1))


asyncio.run(main())
