// @ts-nocheck
import * as asyncio from "asyncio";

async function job() {
  return "done";
}

async function main() {
  print(await asyncio.wait_for(job(), null));
}

asyncio.run(main());
