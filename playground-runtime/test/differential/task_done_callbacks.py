import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n * 2


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(job(1), name="job")
    t.add_done_callback(lambda task: print("callback 1:", task.get_name(), task.result()))
    t.add_done_callback(lambda task: print("callback 2"))
    loop.call_later(1, print, "timer at the same time")
    print("awaited:", await t)
    print("main resumes after the callbacks")


asyncio.run(main())
