// @ts-nocheck (line numbers match call_graph.py: the graph names them)
import * as asyncio from "asyncio";
async function leaf(fut) {
  return await fut;
} async function middle(fut) {
  return await leaf(fut);
} async function watcher(task) {
  return await task;
} async function main() {
  const fut = asyncio.get_running_loop().create_future();
  const t = asyncio.create_task(middle(fut), { name: "worker" });
  const w = asyncio.create_task(watcher(t), { name: "watcher" });
  await asyncio.sleep(0);
  const graph = asyncio.capture_call_graph(t);
  print(graph.future.get_name(), graph.call_stack.length, graph.awaited_by.map((g) => g.future.get_name()));
  print(asyncio.format_call_graph(t).replace(/id=0x[0-9a-f]+/g, "id=..."));
  fut.set_result("done");
  print(await w);
} asyncio.run(main());
