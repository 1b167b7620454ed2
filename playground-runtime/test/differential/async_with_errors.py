import asyncio


# What `async with` and `with` (`await using`, `using`) say about an object that is not a
# context manager of their kind, in CPython 3.14's words.
class Nothing:
    pass


class EnterOnly:
    async def __aenter__(self):
        return 1


class ExitOnly:
    async def __aexit__(self, *args):
        return False


class SyncManager:
    def __enter__(self):
        return "sync value"

    def __exit__(self, *args):
        return False


class AsyncManager:
    async def __aenter__(self):
        return "async value"

    async def __aexit__(self, *args):
        return False


class EnterNotAwaitable:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *args):
        return False


class ExitNotAwaitable:
    async def __aenter__(self):
        return "entered"

    def __aexit__(self, *args):
        return None


async def async_with(mgr):
    try:
        async with mgr as v:
            print("body", v)
    except Exception as e:
        print(type(e).__name__, "-", e)


def sync_with(mgr):
    try:
        with mgr as v:
            print("body", v)
    except Exception as e:
        print(type(e).__name__, "-", e)


async def main():
    for mgr in [
        Nothing(),
        EnterOnly(),
        ExitOnly(),
        SyncManager(),
        EnterNotAwaitable(),
        ExitNotAwaitable(),
        None,
        42,
    ]:
        await async_with(mgr)
    for mgr in [Nothing(), AsyncManager(), SyncManager(), "text"]:
        sync_with(mgr)


asyncio.run(main())
