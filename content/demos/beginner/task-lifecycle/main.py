import asyncio


async def job(name: str, seconds: float):
    print(f"  {name}: first step runs")
    await asyncio.sleep(seconds)
    print(f"  {name}: woken after {seconds}s")
    return f"{name} result"


def state(task: asyncio.Task[str]):
    if not task.done(): return "pending"
    if task.cancelled(): return "cancelled"
    return f"done -> {task.result()}"


async def main():
    ok = asyncio.create_task(job("ok", 1), name="ok")
    doomed = asyncio.create_task(job("doomed", 5), name="doomed")
    print("created:", state(ok), "/", state(doomed))

    await asyncio.sleep(0)
    print("after one turn:", state(ok), "/", state(doomed))

    doomed.cancel()
    print("cancel() asked:", state(doomed), "cancelling =", doomed.cancelling())

    await asyncio.sleep(2)
    print("after 2s:", state(ok), "/", state(doomed))


asyncio.run(main())
