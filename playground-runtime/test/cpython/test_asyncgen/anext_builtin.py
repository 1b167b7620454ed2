# anext() with and without a default over an async generator and over a class with
# __aiter__/__anext__, run on a loop; then its awaitable stepped and thrown into by hand.
import asyncio


async def one_two():
    yield 1
    yield 2


class OneTwo:
    def __init__(self):
        self.yielded = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.yielded >= 2:
            raise StopAsyncIteration()
        self.yielded += 1
        return self.yielded


def check(label, make):
    print("--", label)
    loop = asyncio.new_event_loop()
    g = make()

    async def consume():
        return [await anext(g), await anext(g), await anext(g, "buckle my shoe")]

    print("consumed:", loop.run_until_complete(consume()))
    try:
        loop.run_until_complete(consume())
    except StopAsyncIteration as error:
        print("again:", repr(error))

    async def both_forms():
        g1 = make()
        print(await anext(g1), await anext(g1))
        for _ in range(2):
            try:
                await anext(g1)
            except StopAsyncIteration:
                print("StopAsyncIteration")
        g2 = make()
        print([await anext(g2, "default") for _ in range(4)])
        return "completed"

    print(loop.run_until_complete(both_forms()))

    step = anext(make(), "completed").__await__()
    try:
        step.send(None)
    except StopIteration as stop:
        print("send gives StopIteration:", stop.value)
    step.close()

    async def thrown():
        awaitable = anext(make(), "completed")
        try:
            awaitable.throw(SyntaxError("thrown in"))
        except SyntaxError as error:
            print("throw raises it back:", repr(error))
        return "completed"

    print(loop.run_until_complete(thrown()))
    loop.close()


check("async generator", one_two)
check("class", OneTwo)
