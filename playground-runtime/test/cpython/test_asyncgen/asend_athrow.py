# asend() and athrow() awaited on a loop, with sleeps around the yields and in the finally,
# and a step that fails or is cancelled on the way.
import asyncio

loop = asyncio.new_event_loop()
done = []


def run(label, coro):
    try:
        print(label, "->", loop.run_until_complete(coro), done)
    except BaseException as error:
        print(label, "raised", repr(error), done)
    done.clear()



class FooEr(Exception):
    pass


async def crash_after(delay):
    await asyncio.sleep(delay)
    raise ValueError("crash")


async def cancelled_after(delay):
    fut = asyncio.ensure_future(asyncio.sleep(delay))
    loop.call_later(delay / 2, lambda: fut.cancel())
    return await fut


async def doubles(pause):
    try:
        await asyncio.sleep(0.01)
        v = yield 1
        await pause(0.01)
        done.append("after the pause")
        yield v * 2
        await asyncio.sleep(0.01)
        return
    finally:
        await asyncio.sleep(0.01)
        await asyncio.sleep(0.01)
        done.append("finally")


async def send_three(agen):
    got = [await agen.asend(None), await agen.asend(100)]
    try:
        await agen.asend(None)
    except StopAsyncIteration:
        got.append("stop")
    return got


run("asend 01", send_three(doubles(asyncio.sleep)))
run("asend 02", send_three(doubles(crash_after)))
run("asend 03", send_three(doubles(cancelled_after)))


async def recovers(pause):
    try:
        await asyncio.sleep(0.01)
        try:
            v = yield 1
        except FooEr:
            v = 1000
            await pause(0.01)
        yield v * 2
        await asyncio.sleep(0.01)
    finally:
        await asyncio.sleep(0.01)
        await asyncio.sleep(0.01)
        done.append("finally")


async def throw_in(agen):
    got = [await agen.asend(None), await agen.athrow(FooEr())]
    try:
        await agen.asend(None)
    except StopAsyncIteration:
        got.append("stop")
    return got


run("athrow 01", throw_in(recovers(asyncio.sleep)))
run("athrow 02", throw_in(recovers(cancelled_after)))


async def swallows():
    try:
        yield
    except BaseException:
        pass
    done.append("swallowed")


async def throw_at_the_end(agen):
    await agen.asend(None)
    try:
        await agen.athrow(ValueError())
    except StopAsyncIteration:
        done.append("stop")


run("athrow 03", throw_at_the_end(swallows()))


async def answers(value):
    try:
        yield 1
    except ValueError:
        yield value


async def throw_for(agen):
    got = [await agen.asend(None), await agen.athrow(ValueError())]
    try:
        await agen.asend(None)
    except StopAsyncIteration:
        got.append("stop")
    return got


run("athrow tuple", throw_for(answers([2])))


async def stop_as_value():
    first, stop, end = await throw_for(answers(StopIteration(2)))
    return [first, isinstance(stop, StopIteration), stop.value, end]


run("athrow stopiteration", stop_as_value())
loop.close()
