import asyncio

turn = 0


def new_turn(loop, more):
    # Scheduled first, so it runs first in its turn: a turn marker.
    global turn
    turn += 1
    print(f"--- turn {turn} ---")
    if more > 0:
        loop.call_soon(new_turn, loop, more - 1)


async def waiter(fut):
    print("  waiter: step 1 runs, awaits fut (pending)")
    value = await fut
    print("  waiter: resumed, await fut gave", value)
    return value * 2


async def main():
    global turn
    loop = asyncio.get_running_loop()
    turn = 1
    print("--- turn 1 ---")
    print("  main: step 1 runs")
    loop.call_soon(new_turn, loop, 0)

    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("  fut's callback #1: sees result", f.result()))
    task = asyncio.create_task(waiter(fut), name="waiter")
    task.add_done_callback(lambda t: print("  task's callback #1: task is done"))

    def resolve():
        global turn
        turn += 1
        print(f"--- turn {turn} (t={round(loop.time())}s) ---")
        print("  timer callback: calls fut.set_result(21)")
        loop.call_soon(new_turn, loop, 1)
        fut.set_result(21)
        print("  timer callback: set_result returned, fut.done() =", fut.done())

    loop.call_later(1, resolve)
    print("  main: awaits task")
    result = await task
    print("  main: resumed, await task gave", result)


asyncio.run(main())
