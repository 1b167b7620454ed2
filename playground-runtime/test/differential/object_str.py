import asyncio
import re


def strip(text):
    # Addresses differ between runs and runtimes: keep the shape.
    return re.sub(r" at 0x[0-9a-f]+", " at 0x…", text)


def show(label, obj):
    print(label, "|", strip(f"{obj}"), "|", strip(str(obj)) == strip(f"{obj}"))


# The task's repr names the line it waits at.
async def child():
    await asyncio.sleep(1)


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue(2)
    q.put_nowait(1)
    show("Queue", q)
    show("PriorityQueue", asyncio.PriorityQueue())
    show("LifoQueue", asyncio.LifoQueue(3))
    show("Lock", asyncio.Lock())
    show("Event", asyncio.Event())
    show("Condition", asyncio.Condition())
    show("Semaphore", asyncio.Semaphore(2))
    show("BoundedSemaphore", asyncio.BoundedSemaphore())
    show("Barrier", asyncio.Barrier(2))
    fut = loop.create_future()
    show("Future", fut)
    fut.set_result([1, "a"])
    show("done Future", fut)
    task = asyncio.create_task(child(), name="kid")
    show("Task", task)
    show("Handle", loop.call_soon(print, "handle ran"))
    show("TimerHandle", loop.call_at(5, print))
    async with asyncio.timeout(10) as t:
        show("Timeout", t)
    show("expired Timeout", t)
    async with asyncio.TaskGroup() as tg:
        show("TaskGroup", tg)
        tg.create_task(child())
        show("TaskGroup with a task", tg)
    show("TaskGroup after", tg)
    task.cancel()
    show("KeyError", KeyError("k"))
    show("CancelledError", asyncio.CancelledError("why"))


asyncio.run(main())
