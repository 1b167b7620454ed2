# A generator a loop broke out of and nobody holds: CPython finalizes it when it is dropped,
# and its failing finally reaches the exception handler from asyncio.run()'s shutdown.
import asyncio

messages = []


async def fails_on_close():
    try:
        yield 1
        yield 2
    finally:
        raise ValueError("in finally")


async def main():
    asyncio.get_running_loop().set_exception_handler(lambda loop, context: messages.append(context))
    async for _ in fails_on_close():
        break


asyncio.run(main())
for context in messages:
    print(context["message"], repr(context["exception"]))
