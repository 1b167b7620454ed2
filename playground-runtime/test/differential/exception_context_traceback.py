# compare: stderr without source
import asyncio
# Tasks that fail while handling another exception, never awaited: the loop logs each with
# its whole chain, context or cause, as CPython's traceback module prints it. (Lines match
# the TypeScript twin's, so the frames do.)

async def handler():
    try:
        try:
            raise ValueError("not a number")
        except ValueError:
            raise LookupError("no number")
        # the finally runs while the LookupError is being handled
    finally:
        raise RuntimeError("cleanup failed too")



async def caused():
    try:
        raise TypeError("inner")
    except TypeError as e:
        raise ValueError("outer") from e



async def hidden():
    try:
        raise TypeError("inner")
    except TypeError:
        raise ValueError("context suppressed") from None



async def main():
    for work in (handler, caused, hidden):
        asyncio.create_task(work())
    await asyncio.sleep(0.1)
    print("main done")


asyncio.run(main())
