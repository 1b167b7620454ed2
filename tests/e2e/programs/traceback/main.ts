import * as asyncio from "asyncio";

async function fetch(n: number) {
  await asyncio.sleep(1);
  if (n > 1) throw new Error(`no page ${n}`);
  return n;
}

async function main() {
  print(await fetch(1));
  print(await fetch(2));
}

asyncio.run(main());
