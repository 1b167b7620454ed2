import * as asyncio from "asyncio";

async function stubborn() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    const me = asyncio.current_task() as asyncio.Task<string>;
    print("  stubborn: caught CancelledError:", e);
    print("  stubborn: cancelling() =", me.cancelling(), "-> uncancel() =", me.uncancel());
  }
  await asyncio.sleep(1);
  return "finished anyway";
}

async function early() {
  print("  early: this line never runs");
}

async function main() {
  const s = asyncio.create_task(stubborn(), { name: "stubborn" });
  await asyncio.sleep(0);
  s.cancel("please stop");
  print("stubborn returned:", await s);
  print("stubborn cancelled():", s.cancelled(), "| cancelling():", s.cancelling());

  const e = asyncio.create_task(early(), { name: "early" });
  e.cancel();
  await asyncio.sleep(0);
  print("early cancelled():", e.cancelled());
}

asyncio.run(main());
