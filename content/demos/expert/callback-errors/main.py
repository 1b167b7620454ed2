import asyncio


def broken():
    raise ValueError("a bad value")


def handler(loop, context):
    # A callback's message ends with where it is defined ("at main.py:4"): cut that off,
    # since the playground's copy is main.ts.
    message = context["message"].partition(" at ")[0]
    exc = context["exception"]
    print(f"  handler: {message} | {type(exc).__name__}: {exc} | keys {sorted(context)}")


async def fail():
    raise ValueError("nobody asked")


def exit_now():
    raise SystemExit("stop the program")


async def main():
    loop = asyncio.get_running_loop()

    print("1. a callback raises; the loop logs it and goes on")
    loop.set_exception_handler(handler)
    loop.call_soon(broken)
    loop.call_soon(print, "  the next callback still runs")
    await asyncio.sleep(0)

    print("2. a task raises; it is stored in the task, nothing is logged")
    seen = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print("  seen.exception():", repr(seen.exception()))

    print("3. a task raises and nobody retrieves it")
    forgotten = [asyncio.create_task(fail())]
    await asyncio.sleep(0)
    print("  done:", forgotten[0].done(), "- logged when the last reference goes")

    print("4. SystemExit is not caught by the loop")
    loop.call_soon(exit_now)
    try:
        await asyncio.sleep(1)
    finally:
        print("  main: finally, as asyncio.run cancels what is left")


try:
    asyncio.run(main())
except SystemExit as exc:
    print("SystemExit left asyncio.run:", exc)
