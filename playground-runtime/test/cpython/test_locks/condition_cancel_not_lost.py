import asyncio


async def run(settle_first):
    # A consumer woken by notify(1) and cancelled at once must hand the wakeup on.
    condition = asyncio.Condition()
    state = 0

    async def consumer():
        nonlocal state
        async with condition:
            while True:
                await condition.wait_for(lambda: state != 0)
                if state < 0:
                    return
                state -= 1

    consumers = [asyncio.create_task(consumer()) for _ in range(2)]
    await asyncio.sleep(0)
    async with condition:
        state += 1
        condition.notify(1)
        if settle_first:
            # Let the woken consumer get to taking the lock back.
            await asyncio.sleep(0)
        consumers[0].cancel()
        try:
            async with asyncio.timeout(0.01):
                await condition.wait_for(lambda: state == 0)
        except TimeoutError:
            print("TimeoutError")
        print("state:", state)
        state = -1
        condition.notify_all()
    await consumers[1]
    print("first cancelled:", consumers[0].cancelled())


async def main():
    await run(False)
    await run(True)


asyncio.run(main())
