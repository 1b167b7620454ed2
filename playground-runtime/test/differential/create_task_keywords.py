# create_task's keywords are Task's: name, context, eager_start. Any other, through
# asyncio.create_task, loop.create_task, TaskGroup.create_task or Task itself, is the
# TypeError CPython's Task() raises, with its "Did you mean"; ensure_future takes loop only.
import asyncio
import contextvars


async def work(label):
    print("  running", label)
    return label


def attempt(label, call):
    coro = work(label)
    try:
        task = call(coro)
        print(label, "->", task.get_name())
    except BaseException as e:
        print(label, "raised", repr(e))
        coro.close()


async def main():
    loop = asyncio.get_running_loop()
    attempt("bogus", lambda coro: asyncio.create_task(coro, bogus=1))
    attempt("nme", lambda coro: loop.create_task(coro, nme="x"))
    attempt("Task(loop=…)", lambda coro: asyncio.Task(coro, loop=loop, eager=True))
    attempt("ensure_future(name=…)", lambda coro: asyncio.ensure_future(coro, name="x"))
    attempt(
        "all three",
        lambda coro: asyncio.create_task(
            coro, name="named", context=contextvars.copy_context(), eager_start=False
        ),
    )
    async with asyncio.TaskGroup() as tg:
        attempt("eager_star", lambda coro: tg.create_task(coro, eager_star=True))
        attempt("in the group", lambda coro: tg.create_task(coro, name="child"))
    await asyncio.sleep(0)


asyncio.run(main())
