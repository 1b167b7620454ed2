import * as asyncio from "asyncio";

async function countdown(name: string, n: number, delay: number) {
  while (n > 0) {
    print(name, n);
    await asyncio.sleep(delay);
    n -= 1;
  }
  print(name, "lift-off");
}

async function main() {
  await asyncio.gather(countdown("fast", 3, 1), countdown("slow", 2, 2));
  print("done at", Math.round(asyncio.get_running_loop().time()));
}

asyncio.run(main());
