# (line numbers match call_graph.ts: the graph names them)
import asyncio, re
async def leaf(fut):
    return await fut
async def middle(fut):
    return await leaf(fut)
async def watcher(task):
    return await task
async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(middle(fut), name="worker")
    w = asyncio.create_task(watcher(t), name="watcher")
    await asyncio.sleep(0)
    graph = asyncio.capture_call_graph(t)
    print(graph.future.get_name(), len(graph.call_stack), [g.future.get_name() for g in graph.awaited_by])
    print(re.sub(r"id=0x[0-9a-f]+", "id=...", asyncio.format_call_graph(t)))
    fut.set_result("done")
    print(await w)
asyncio.run(main())
