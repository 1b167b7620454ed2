import asyncio


class Stubborn:
    """Runs for 0.2 s of loop time and swallows every cancellation on the way."""

    def __init__(self):
        self.finished = False

    async def run(self):
        loop = asyncio.get_running_loop()
        until = loop.time() + 0.2
        while (left := until - loop.time()) > 0:
            try:
                await asyncio.sleep(left)
            except asyncio.CancelledError:
                print("cancel swallowed")
        self.finished = True


async def main():
    stubborn = Stubborn()
    waiting = asyncio.create_task(asyncio.wait_for(stubborn.run(), 0.4))
    await asyncio.sleep(0)
    waiting.cancel()
    await asyncio.wait({waiting})
    print("waiting cancelled:", waiting.cancelled())
    print("stubborn finished:", stubborn.finished)


asyncio.run(main())
