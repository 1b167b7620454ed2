# loop.shutdown_asyncgens() finalizing generators left suspended by cancelled tasks, and
# asyncio.run()'s shutdown closing one a loop broke out of: quietly, or through the
# exception handler when its finally fails.
import asyncio
import re

finalized = []


async def waiter(name, timeout):
    try:
        await asyncio.sleep(timeout)
        yield 1
    finally:
        await asyncio.sleep(0)
        finalized.append(name)


async def wait(name):
    async for _ in waiter(name, 1):
        pass


loop = asyncio.new_event_loop()
t1 = loop.create_task(wait("first"))
t2 = loop.create_task(wait("second"))
loop.run_until_complete(asyncio.sleep(0.1))
t1.cancel()
t2.cancel()
for task in (t1, t2):
    try:
        loop.run_until_complete(task)
    except asyncio.CancelledError:
        print("cancelled")
print("before shutdown:", finalized)
loop.run_until_complete(loop.shutdown_asyncgens())
print("after shutdown:", finalized)
loop.close()


def report(messages):
    for context in messages:
        print(re.sub(r" at 0x[0-9a-f]+", "", context["message"]), repr(context["exception"]), context.get("asyncgen") is it)
    print(len(messages), "messages")


async def plain():
    yield 1
    yield 2


async def breaks():
    try:
        yield 1
        yield 2
    finally:
        raise ValueError("in finally")


def break_out_of(agen, messages):
    async def main():
        asyncio.get_running_loop().set_exception_handler(lambda loop, context: messages.append(context))
        async for _ in agen:
            break

    asyncio.run(main())


messages = []
it = plain()
break_out_of(it, messages)
report(messages)

messages = []
it = breaks()
break_out_of(it, messages)
report(messages)
