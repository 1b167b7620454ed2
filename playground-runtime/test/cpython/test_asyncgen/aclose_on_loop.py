# aclose() awaited on a loop: a finally that awaits, one that yields again, one that
# awaits a failing task, and a generator that swallows GeneratorExit.
import asyncio

loop = asyncio.new_event_loop()
done = []


def run(label, coro):
    try:
        print(label, "->", loop.run_until_complete(coro), done)
    except BaseException as error:
        print(label, "raised", repr(error), done)
    done.clear()



async def first_then_close(agen):
    got = await agen.__aiter__().__anext__()
    await agen.aclose()
    return got


async def yields_in_finally():
    try:
        yield 1
        raise ValueError("never")
    finally:
        await asyncio.sleep(0.01)
        yield 12


async def sleeps_in_finally():
    try:
        yield 1
        raise ValueError("never")
    finally:
        await asyncio.sleep(0.01)
        await asyncio.sleep(0.01)
        done.append("finally")
    done.append("after")


fut = loop.create_future()


async def waits_on_future():
    try:
        yield 1
        await fut
        done.append("after the future")
        yield 2
    finally:
        await asyncio.sleep(0.01)
        await asyncio.sleep(0.01)
        done.append("finally")
    done.append("after")


run("aclose 06", first_then_close(yields_in_finally()))
run("aclose 07", first_then_close(sleeps_in_finally()))
run("aclose 08", first_then_close(waits_on_future()))
fut.cancel()
loop.run_until_complete(asyncio.sleep(0.01))


async def target():
    await asyncio.sleep(0.01)
    raise ValueError("target")


async def awaits_task_in_finally():
    task = asyncio.create_task(target())
    try:
        yield 1
    finally:
        try:
            await task
        except ValueError as error:
            done.append(repr(error))


run("aclose 12", first_then_close(awaits_task_in_finally()))
loop.close()
