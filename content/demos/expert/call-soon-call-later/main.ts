import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  const log = (label: string) => print(`${Math.round(loop.time() * 1000)} ms  ${label}`);

  loop.call_later(0.2, log, "call_later(0.2)");
  loop.call_later(0.1, log, "call_later(0.1)");
  loop.call_later(0, log, "call_later(0)");
  loop.call_soon(log, "call_soon #1");
  loop.call_soon(() => {
    log("call_soon #2");
    loop.call_soon(log, "call_soon made by #2");
  });
  loop.call_at(loop.time() + 0.1, log, "call_at(now + 0.1)");
  loop.call_soon(log, "call_soon #3");

  print(
    "ready queue:",
    loop._ready.length,
    "handles | scheduled heap:",
    loop._scheduled.length,
    "timers",
  );
  await asyncio.sleep(0.3);
  log("main wakes up");
}

asyncio.run(main());
