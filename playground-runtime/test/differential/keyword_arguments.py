import asyncio


def attempt(label, make):
    try:
        made = make()
        print(label, "->", type(made).__name__)
    except TypeError as e:
        print(label, "TypeError:", e)


async def main():
    # Since 3.10 the primitives take no loop: passing one is an error.
    attempt("Lock(loop)", lambda: asyncio.Lock(loop=None))
    attempt("Event(loop)", lambda: asyncio.Event(loop=None))
    attempt("Condition(loop)", lambda: asyncio.Condition(loop=None))
    attempt("Semaphore(loop)", lambda: asyncio.Semaphore(loop=None))
    attempt("BoundedSemaphore(loop)", lambda: asyncio.BoundedSemaphore(loop=None))
    attempt("Barrier(loop)", lambda: asyncio.Barrier(2, loop=None))
    attempt("Queue(loop)", lambda: asyncio.Queue(loop=None))
    attempt("PriorityQueue(loop)", lambda: asyncio.PriorityQueue(loop=None))
    attempt("LifoQueue(loop)", lambda: asyncio.LifoQueue(loop=None))
    attempt("TaskGroup(loop)", lambda: asyncio.TaskGroup(loop=None))

    # Misspelled keywords: Python suggests the closest parameter name.
    attempt("Semaphore(vlue)", lambda: asyncio.Semaphore(vlue=2))
    attempt("Queue(max_size)", lambda: asyncio.Queue(max_size=2))
    attempt("Queue(size)", lambda: asyncio.Queue(size=2))
    attempt("Barrier(partys)", lambda: asyncio.Barrier(partys=2))
    attempt("Condition(Lock)", lambda: asyncio.Condition(Lock=asyncio.Lock()))

    # Positional and keyword mistakes.
    attempt("Barrier()", lambda: asyncio.Barrier())
    attempt("Lock(1)", lambda: asyncio.Lock(1))
    attempt("Queue(1, 2)", lambda: asyncio.Queue(1, 2))
    attempt("Barrier(2, 3)", lambda: asyncio.Barrier(2, 3))
    attempt("Semaphore(1, value)", lambda: asyncio.Semaphore(1, value=2))

    # The right keywords work.
    sem = asyncio.Semaphore(value=2)
    await sem.acquire()
    print("Semaphore(value=2) locked after one acquire:", sem.locked())
    print("Queue(maxsize=3):", asyncio.Queue(maxsize=3))
    print("Barrier(parties=2):", asyncio.Barrier(parties=2).parties)
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock=lock)
    await cond.acquire()
    print("Condition(lock=lock) shares it:", lock.locked())
    cond.release()

    # The functions that take keywords say so too.
    sleeper = asyncio.create_task(asyncio.sleep(1))
    for label, call in [
        ("gather", lambda: asyncio.gather(sleeper, return_exception=True)),
        ("wait", lambda: asyncio.wait([sleeper], timout=1)),
        ("wait fs", lambda: asyncio.wait([sleeper], fs=[sleeper])),
        ("as_completed", lambda: asyncio.as_completed([sleeper], loop=None)),
        ("ensure_future", lambda: asyncio.ensure_future(sleeper, lop=None)),
        ("wait_for", lambda: asyncio.wait_for(sleeper, time_out=1)),
        ("wait_for()", lambda: asyncio.wait_for(sleeper)),
    ]:
        try:
            made = call()
            if asyncio.iscoroutine(made):
                await made
        except TypeError as e:
            print(label, "TypeError:", e)

    # wait_for's timeout is positional or keyword.
    try:
        await asyncio.wait_for(asyncio.sleep(2), timeout=0.5)
    except TimeoutError:
        print("timed out at", round(asyncio.get_running_loop().time(), 1))
    print("by keyword:", await asyncio.wait_for(asyncio.sleep(0.1, "done"), timeout=1))
    print("by position:", await asyncio.wait_for(asyncio.sleep(0.1, "done"), 1))
    sleeper.cancel()


asyncio.run(main())
