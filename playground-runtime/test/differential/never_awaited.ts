// compare: stderr
// @ts-nocheck
import * as asyncio from "asyncio";

async function fetch(name) {
  print("fetch", name, "runs");
}

async function main() {
  fetch("forgotten")
  await fetch("awaited");
  print("main done");
}

asyncio.run(main());
