// @ts-nocheck
import * as asyncio from "asyncio";

async function ok(n) {
  await asyncio.sleep(n);
  return n;
}

async function fail(n) {
  await asyncio.sleep(n);
  throw new ValueError(`bad ${n}`);
}

class ValueError extends Error {}

async function main() {
  const results = await asyncio.gather(ok(1), fail(2), ok(3), { return_exceptions: true });
  for (const r of results) {
    if (r instanceof Error) {
      print("error:", r.constructor.name, r);
    } else {
      print("value:", r);
    }
  }
}

asyncio.run(main());
