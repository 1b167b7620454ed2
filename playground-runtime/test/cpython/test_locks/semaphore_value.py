import asyncio


async def main():
    sem = asyncio.Semaphore()
    print("value:", sem._value)
    try:
        await sem
    except TypeError as e:
        print("TypeError:", e)
    print("locked:", sem.locked(), "value:", sem._value)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
