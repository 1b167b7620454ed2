// @ts-nocheck
import * as asyncio from "asyncio";

// `async with mgr as v:` is `await using v = mgr;`: the rest of the block is the body.
class Resource {
  name: string;
  suppress: boolean;
  constructor(name: string, suppress = false) {
    this.name = name;
    this.suppress = suppress;
  }
  async __aenter__() {
    print("enter", this.name);
    await asyncio.sleep(0);
    return this.name.toUpperCase();
  }
  async __aexit__(excType: any, exc: any, _tb: any) {
    const what = excType === null ? "None" : `${excType.name}(${exc.message})`;
    print("exit", this.name, what);
    await asyncio.sleep(0);
    return this.suppress;
  }
}

async function finishes() {
  await using a = new Resource("a");
  print("body sees", a);
  await asyncio.sleep(0.1);
  print("body done");
}

async function returns(early: boolean) {
  await using r = new Resource("r");
  if (early) return `early from ${r}`;
  return "late";
}

async function nested() {
  await using outer = new Resource("outer"),
    middle = new Resource("middle");
  await using inner = new Resource("inner");
  print("innermost body", outer, middle, inner);
  throw new ValueError("from the body");
}

async function suppressing() {
  await using s = new Resource("s", true);
  print("about to fail inside", s);
  throw new KeyError("swallowed");
}

async function loops() {
  for (const i of [0, 1, 2, 3]) {
    await using item = new Resource(`item${i}`);
    if (i === 1) continue;
    if (i === 2) break;
    print("loop body", item);
  }
  print("after the loop");
}

async function main() {
  await finishes();
  print(await returns(true));
  print(await returns(false));
  try {
    await nested();
  } catch (e) {
    print("main caught", e.constructor.name, e.message);
  }
  print("suppressing returns", await suppressing());
  await loops();
}

asyncio.run(main());
