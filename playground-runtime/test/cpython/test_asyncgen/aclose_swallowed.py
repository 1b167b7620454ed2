# aclose() awaited on a loop, of generators whose bare except swallows GeneratorExit:
# one then finishes, the other yields again.
import asyncio

loop = asyncio.new_event_loop()
done = []


def run(label, coro):
    try:
        print(label, "->", loop.run_until_complete(coro), done)
    except BaseException as error:
        print(label, "raised", repr(error), done)
    done.clear()



async def swallows():
    try:
        yield
    except BaseException:
        pass
    done.append("swallowed")


async def swallows_then_yields():
    try:
        yield
    except BaseException:
        pass
    yield
    done.append("never")


async def send_then_close(agen):
    await agen.asend(None)
    try:
        await agen.aclose()
    finally:
        done.append("closed")


run("aclose 10", send_then_close(swallows()))
run("aclose 11", send_then_close(swallows_then_yields()))

loop.close()
