import * as asyncio from "asyncio";

async function fetch_row(reply: asyncio.Future<number>) {
  const table = "users";
  const row = await reply; // the frame stops here, keeping `table` and `reply`
  return `${table}[${row}]`;
}

async function load_user(reply: asyncio.Future<number>) {
  const user_id = 7;
  const row = await fetch_row(reply);
  return `user ${user_id} is ${row}`;
}

async function main() {
  const reply = asyncio.get_running_loop().create_future<number>();
  const task = asyncio.create_task(load_user(reply), { name: "loader" });
  await asyncio.sleep(0.5);

  print("the cr_await chain of loader's coroutine:");
  let coro: any = task.get_coro();
  while (asyncio.iscoroutine(coro)) {
    print(`  ${coro.cr_code.co_qualname}, cr_frame.f_lineno = ${coro.cr_frame?.f_lineno}`);
    coro = coro.cr_await;
  }

  const graph = asyncio.capture_call_graph(task)!;
  const frames = graph.call_stack.map((entry) => `${entry.frame!.qualname}:${entry.frame!.lineno}`);
  print("capture_call_graph, innermost first:", frames);
  const stack = task.get_stack().map((frame) => `${frame.name}:${frame.lineno}`);
  print("get_stack():", stack);

  reply.set_result(42);
  print("loader returned:", await task);
  print("its coroutine's cr_frame now:", task.get_coro()?.cr_frame);
}

asyncio.run(main());
