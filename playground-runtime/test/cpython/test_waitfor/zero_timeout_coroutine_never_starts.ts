// @ts-nocheck
import * as asyncio from "asyncio";

let started = false;

async function job() {
  started = true;
}

async function main() {
  try {
    await asyncio.wait_for(job(), 0);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("TimeoutError");
  }
  print("job started:", started);
}

asyncio.run(main());
