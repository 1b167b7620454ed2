import * as asyncio from "asyncio";

async function main() {
  print("first");
  await asyncio.sleep(1.5);
  print("second");
}

asyncio.run(main());
