# An async generator's awaitables awaited twice, aclose() called twice or after the end,
# aclose() run as a task beside get_stack(), a send while a step is running, and async for
# over something that is not async iterable.
import asyncio


async def one_two():
    yield 1
    yield 2


async def attempt(label, aw):
    try:
        print(label, "->", await aw)
    except BaseException as error:
        print(label, "raised", repr(error))


async def main():
    it = one_two()
    step = it.__anext__()
    await attempt("anext", step)
    await attempt("same anext again", step)
    await it.aclose()

    closing = one_two().aclose()
    await attempt("aclose", closing)
    await attempt("same aclose again", closing)

    it = one_two()
    await attempt("aclose once", it.aclose())
    await attempt("aclose twice", it.aclose())

    it = one_two()
    async for _ in it:
        pass
    await attempt("aclose after the end", it.aclose())

    asyncio.create_task(one_two().aclose())
    for task in asyncio.all_tasks():
        task.get_stack()
    print("get_stack() works on every task")

    async def over(arg):
        async for x in arg:
            pass

    await attempt("async for over None", over(None))


asyncio.run(main())


class Pass:
    def __await__(self):
        return (yield 1)


async def forever():
    while True:
        await Pass()
    return
    yield


for label, second in [("asend", lambda agen: agen.asend(None)), ("athrow", lambda agen: agen.athrow(Exception()))]:
    agen = forever()
    agen.asend(None).send(None)
    try:
        second(agen).send(None)
    except RuntimeError as error:
        print(label, "while running:", repr(error))
