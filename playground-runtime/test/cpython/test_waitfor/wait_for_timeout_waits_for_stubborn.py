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
        return "ran to the end"


async def main():
    stubborn = Stubborn()
    try:
        # The cancellation is swallowed, so the timeout has nothing to turn into TimeoutError.
        print("wait_for returned:", await asyncio.wait_for(stubborn.run(), 0.1))
    except TimeoutError:
        print("TimeoutError")
    print("finished before wait_for returned:", stubborn.finished)


asyncio.run(main())
