import asyncio

async def fetch_row(reply: asyncio.Future[int]):
    table = "users"
    row = await reply  # the frame stops here, keeping `table` and `reply`
    return f"{table}[{row}]"


async def load_user(reply: asyncio.Future[int]):
    user_id = 7
    row = await fetch_row(reply)
    return f"user {user_id} is {row}"


async def main():
    reply = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(load_user(reply), name="loader")
    await asyncio.sleep(0.5)

    print("the cr_await chain of loader's coroutine:")
    coro = task.get_coro()
    while asyncio.iscoroutine(coro):
        print(f"  {coro.cr_code.co_qualname}, cr_frame.f_lineno = {coro.cr_frame.f_lineno}")
        coro = coro.cr_await

    graph = asyncio.capture_call_graph(task)
    frames = [f"{entry.frame.f_code.co_qualname}:{entry.frame.f_lineno}" for entry in graph.call_stack]
    print("capture_call_graph, innermost first:", frames)
    stack = [f"{frame.f_code.co_name}:{frame.f_lineno}" for frame in task.get_stack()]
    print("get_stack():", stack)

    reply.set_result(42)
    print("loader returned:", await task)
    print("its coroutine's cr_frame now:", task.get_coro().cr_frame)


asyncio.run(main())
