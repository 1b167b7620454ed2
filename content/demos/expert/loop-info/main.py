import asyncio

the_loop = None


async def worker(seconds):
    await asyncio.sleep(seconds)
    return seconds * 10


def show_tasks(when):
    names = sorted(task.get_name() for task in asyncio.all_tasks())
    print(f"{when}: all_tasks() =", names)


async def main():
    global the_loop
    loop = asyncio.get_running_loop()
    the_loop = loop
    print("is a BaseEventLoop:", isinstance(loop, asyncio.BaseEventLoop))
    print("running:", loop.is_running(), "| closed:", loop.is_closed(), "| debug:", loop.get_debug())
    print("time (ms):", round(loop.time() * 1000))
    print("current task:", asyncio.current_task().get_name())

    fast = asyncio.create_task(worker(1), name="fast")
    slow = asyncio.create_task(worker(2), name="slow")
    show_tasks("after create_task")
    print("fast done:", fast.done(), "| slow done:", slow.done())

    await asyncio.sleep(1.5)
    print("time (ms):", round(loop.time() * 1000))
    show_tasks("at 1.5 s")
    print("fast done:", fast.done(), "| result:", fast.result())

    print("slow returned", await slow)
    show_tasks("after await slow")


asyncio.run(main())
print("after run: running:", the_loop.is_running(), "| closed:", the_loop.is_closed())
