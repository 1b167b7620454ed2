// @ts-nocheck
import * as asyncio from "asyncio";

async function step(n) {
  await asyncio.sleep(n);
  print("step", n, "in", asyncio.current_task().get_name());
  return n * 10;
}

const runner = new asyncio.Runner();
let loop;
try {
  print(runner.run(step(1)));
  print(runner.run(step(2)));
  loop = runner.get_loop();
  print("loop closed?", loop.is_closed());
} finally {
  runner.close();
}
print("loop closed?", loop.is_closed());
