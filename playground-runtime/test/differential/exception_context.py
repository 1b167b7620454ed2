import asyncio


class MainError(Exception):
    pass


def chain(exc):
    # The exception and each one it was raised while handling.
    names = []
    while exc is not None:
        names.append(f"{type(exc).__name__}({', '.join(map(str, exc.args))})")
        exc = exc.__context__
    return " <- ".join(names)


def helper_that_handles():
    try:
        raise TypeError("deep")
    except TypeError:
        raise LookupError("from the helper")


async def nested_through_a_call():
    try:
        raise RuntimeError("outer")
    except RuntimeError:
        try:
            helper_that_handles()
        except LookupError as e:
            print("through a call:", chain(e))


async def reraise_keeps_context():
    try:
        try:
            raise ValueError("first")
        except ValueError as e:
            raise e
    except ValueError as e:
        print("raise e inside its own handler:", chain(e))


def finally_after_return():
    try:
        return "returned"
    finally:
        try:
            raise ValueError("in a finally reached by return")
        except ValueError as e:
            print("finally after return:", chain(e))


async def suspended_in_handler(log):
    try:
        raise RuntimeError("held while suspended")
    except RuntimeError:
        await asyncio.sleep(0.01)
        log.append("handler resumed")


async def raises_meanwhile():
    await asyncio.sleep(0)
    try:
        raise ValueError("other task")
    except ValueError as e:
        print("another task's exception:", chain(e))


async def child_fails_in_handler(n):
    await asyncio.sleep(0.01 * n)
    try:
        raise KeyError(f"child {n}")
    except KeyError:
        raise ValueError(f"child {n} failed")


class FailingExit:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        raise RuntimeError("__aexit__ failed")


async def aexit_raises():
    try:
        async with FailingExit():
            raise ValueError("body")
    except RuntimeError as e:
        print("__aexit__ raising:", chain(e))


async def main():
    await nested_through_a_call()
    await reraise_keeps_context()
    print(finally_after_return())
    log = []
    await asyncio.gather(suspended_in_handler(log), raises_meanwhile())
    print(log)
    try:
        await asyncio.gather(child_fails_in_handler(1), child_fails_in_handler(2))
    except ValueError as e:
        print("gather's first error:", chain(e))
    try:
        raise MainError("main handling")
    except MainError:
        task = asyncio.create_task(child_fails_in_handler(0))
        try:
            await task
        except ValueError as e:
            print("awaited while handling:", chain(e))
    await aexit_raises()
    try:
        try:
            raise ValueError("a")
        except ValueError as a:
            try:
                raise TypeError("b")
            except TypeError:
                raise a
    except ValueError as e:
        print("a cycle is cut:", chain(e))


asyncio.run(main())
