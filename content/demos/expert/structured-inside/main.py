import asyncio


def now():
    return round(asyncio.get_running_loop().time())


async def fail_after(seconds: float):
    await asyncio.sleep(seconds)
    raise ValueError(f"failed at t={now()}")


async def work(name: str, seconds: float):
    try:
        await asyncio.sleep(seconds)
        print(f"  t={now()} {name}: finished")
    except asyncio.CancelledError:
        print(f"  t={now()} {name}: cancelled")
        raise


async def waits_shielded(task: asyncio.Task):
    await asyncio.shield(task)


async def main():
    me = asyncio.current_task()

    print("1. a child fails while the body of the TaskGroup is still awaiting")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(1))
            tg.create_task(work("sibling", 5))
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print(f"  t={now()} body: cancelled too; cancelling() = {me.cancelling()}")
                try:
                    tg.create_task(work("late", 1))
                except RuntimeError as exc:
                    print("  body: create_task now:", exc)
                raise
    except* ValueError as group:
        inside = [repr(exc) for exc in group.exceptions]
        print(f"  t={now()} caught {type(group).__name__}: {group.message}; inside:", *inside)
    print(f"  after the block: cancelling() = {me.cancelling()}")

    print("2. shield: the outer await is cancelled, the inner task is not")
    inner = asyncio.create_task(work("shielded", 2))
    outer = asyncio.create_task(waits_shielded(inner))
    await asyncio.sleep(1)
    outer.cancel()
    await asyncio.sleep(0)
    print(f"  t={now()} outer cancelled:", outer.cancelled(), "| inner done:", inner.done())
    await inner

    print("3. timeout: reschedule, and which of two nested timeouts fires")
    try:
        async with asyncio.timeout(1) as outer_cm:
            outer_cm.reschedule(asyncio.get_running_loop().time() + 2)
            async with asyncio.timeout(5) as inner_cm:
                await asyncio.sleep(10)
    except TimeoutError:
        print(
            f"  t={now()} TimeoutError: outer expired",
            outer_cm.expired(),
            "| inner expired",
            inner_cm.expired(),
        )


asyncio.run(main())
