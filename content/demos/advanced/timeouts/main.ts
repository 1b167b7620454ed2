import * as asyncio from "asyncio";

async function slow(name: string, seconds: number) {
  try {
    await asyncio.sleep(seconds);
    return `${name} finished`;
  } catch (error) {
    if (error instanceof asyncio.CancelledError) print(`  ${name}: cancelled`);
    throw error;
  }
}

async function main() {
  const loop = asyncio.get_running_loop();

  try {
    await asyncio.wait_for(slow("a", 2), 1);
  } catch (error) {
    if (error instanceof asyncio.TimeoutError)
      print("wait_for: TimeoutError at", Math.round(loop.time()));
  }

  const b = asyncio.create_task(slow("b", 2));
  const [done, pending] = await asyncio.wait([b], { timeout: 1 });
  print("wait: done", done.size, "pending", pending.size, "at", Math.round(loop.time()));
  print("b still running:", !b.done(), "->", await b, "at", Math.round(loop.time()));

  try {
    await using _ = asyncio.timeout(1);
    await slow("c", 5);
  } catch (error) {
    if (error instanceof asyncio.TimeoutError)
      print("timeout(): TimeoutError at", Math.round(loop.time()));
  }
}

asyncio.run(main());
