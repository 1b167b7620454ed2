import asyncio


def refused(what, call):
    try:
        call()
        print(what, "did not raise")
    except RuntimeError as e:
        print(what, "RuntimeError:", e)


async def main():
    async with asyncio.timeout(0.01) as cm:
        try:
            async with cm:
                pass
        except RuntimeError as e:
            print("entered inside itself: RuntimeError:", e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("entered again: RuntimeError:", e)
    refused("reschedule when finished:", lambda: cm.reschedule(0.02))

    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        pass
    refused("reschedule when expired:", lambda: cm.reschedule(0.02))

    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("CancelledError inside")
        refused("reschedule when expiring:", lambda: cm.reschedule(0.02))

    cm = asyncio.timeout(0.01)
    refused("reschedule before entering:", lambda: cm.reschedule(0.02))


asyncio.run(main())
