# inspect tells coroutines, async generators and awaitables apart, and follows an async
# generator through its states.
import asyncio
import inspect


async def gen():
    print("inside:", inspect.getasyncgenstate(agen))
    await asyncio.sleep(0)
    yield 1


async def plain():
    pass


class Awaits:
    def __await__(self):
        return iter([])


agen = None


async def main():
    global agen
    agen = gen()
    coro = plain()
    step = agen.__anext__()
    print("isasyncgenfunction:", inspect.isasyncgenfunction(gen), inspect.isasyncgenfunction(plain))
    print("iscoroutinefunction:", inspect.iscoroutinefunction(gen), inspect.iscoroutinefunction(plain))
    print("isasyncgen:", inspect.isasyncgen(agen), inspect.isasyncgen(coro))
    print("iscoroutine:", inspect.iscoroutine(coro), inspect.iscoroutine(agen), inspect.iscoroutine(step))
    print("asyncio.iscoroutine:", asyncio.iscoroutine(step), asyncio.iscoroutine(agen))
    print("isawaitable:", inspect.isawaitable(coro), inspect.isawaitable(step), inspect.isawaitable(agen))
    print("isawaitable(user class):", inspect.isawaitable(Awaits()), inspect.isawaitable(5))
    print("before:", inspect.getasyncgenstate(agen), inspect.getcoroutinestate(coro))
    task = asyncio.create_task(step)
    await asyncio.sleep(0)
    print("awaiting inside:", inspect.getasyncgenstate(agen))
    print("yielded:", await task)
    print("after yield:", inspect.getasyncgenstate(agen))
    await agen.aclose()
    print("closed:", inspect.getasyncgenstate(agen))
    await coro
    print("coroutine:", inspect.getcoroutinestate(coro))
    agen = None


asyncio.run(main())
