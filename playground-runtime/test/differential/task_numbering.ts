// @ts-nocheck
import * as asyncio from "asyncio";

async function child() {
  await asyncio.sleep(0.1);
  return asyncio.current_task().get_name();
}

async function main() {
  print("main:", asyncio.current_task().get_name());
  print("wait_for runs inline:", await asyncio.wait_for(child(), 1));
  print("gather wraps:", await asyncio.gather(child(), child()));
  const t = asyncio.create_task(child());
  print("create_task:", await t);
  print("to_thread:", await asyncio.to_thread(() => "no task on a thread"));
  print("next:", asyncio.create_task(child()).get_name());
  await asyncio.async_with(asyncio.timeout(1), async () => {
    print("timeout block runs in", asyncio.current_task().get_name());
  });
}

asyncio.run(main());
asyncio.run(main());
