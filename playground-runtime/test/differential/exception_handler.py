import asyncio


def bad_callback():
    raise ZeroDivisionError("oops")


def handler(loop, context):
    print("handler got:", context["message"], "/", type(context["exception"]).__name__)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print("handler installed:", loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.1)
    loop.call_exception_handler({"message": "custom report", "exception": ValueError("x")})
    print("the loop carries on")


asyncio.run(main())
