// @ts-nocheck
import * as asyncio from "asyncio";

function refused(what, call) {
  try {
    call();
    print(what, "did not raise");
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    print(what, "RuntimeError:", e);
  }
}

async function main() {
  let cm = asyncio.timeout(0.01);
  await asyncio.async_with(cm, async () => {
    try {
      await asyncio.async_with(cm, async () => {});
    } catch (e) {
      if (!(e instanceof RuntimeError)) throw e;
      print("entered inside itself: RuntimeError:", e);
    }
  });
  try {
    await asyncio.async_with(cm, async () => {});
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    print("entered again: RuntimeError:", e);
  }
  refused("reschedule when finished:", () => cm.reschedule(0.02));

  cm = asyncio.timeout(0.01);
  try {
    await asyncio.async_with(cm, async () => {
      await asyncio.sleep(1);
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
  }
  refused("reschedule when expired:", () => cm.reschedule(0.02));

  cm = asyncio.timeout(0.01);
  await asyncio.async_with(cm, async () => {
    try {
      await asyncio.sleep(1);
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      print("CancelledError inside");
    }
    refused("reschedule when expiring:", () => cm.reschedule(0.02));
  });

  cm = asyncio.timeout(0.01);
  refused("reschedule before entering:", () => cm.reschedule(0.02));
}

asyncio.run(main());
