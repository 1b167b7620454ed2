import asyncio
import time


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    return name


def report(title):
    print(title)
    tasks = sorted(asyncio.all_tasks(), key=lambda task: task.get_name())
    for task in tasks:
        print(f"  {task.get_name()}:", "done", task.done(), "| cancelling", task.cancelling())


async def main():
    loop = asyncio.get_running_loop()
    print("debug mode:", loop.get_debug(), "| slow callback threshold:", loop.slow_callback_duration)

    a = asyncio.create_task(fetch("a", 1), name="fetch-a")
    b = asyncio.create_task(fetch("b", 2), name="fetch-b")
    await asyncio.sleep(0)
    report("running tasks:")

    fetch("forgotten", 1)  # no await: a coroutine object that never runs (a warning on stderr)
    time.sleep(0.25)  # a blocking call: debug mode reports this slow step on stderr

    print("results:", await asyncio.gather(a, b))
    report("running tasks at the end:")


asyncio.run(main(), debug=True)
