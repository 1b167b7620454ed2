import * as asyncio from "asyncio";

let loop: asyncio.AbstractEventLoop; // the loop asyncio.run makes, kept to read its clock
const kept: unknown[] = []; // holds both generators, so that only the loop's shutdown can close what is left

function now() {
  return Math.round(loop.time());
}

async function* ticker(name: string) {
  try {
    let i = 0;
    while (true) {
      await asyncio.sleep(1); // suspends the task: the sleep's future goes up to the loop
      print(`t=${now()} ${name}: yields ${i}`);
      yield i; // hands i to the consumer: the task does not suspend
      i += 1;
    }
  } finally {
    print(`t=${now()} ${name}: finally runs`);
  }
}

async function main() {
  loop = asyncio.get_running_loop();
  const a = ticker("a");
  kept.push(a);
  for await (const n of a) {
    print(`t=${now()} main: got ${n} from a`);
    if (n === 1) break; // leaves a suspended at its yield: nothing closes it
  }
  const b = ticker("b");
  kept.push(b);
  const first = await anext(b); // one step of b, by hand
  print(`t=${now()} main: got ${first} from b`);
  await b.aclose(); // GeneratorExit is thrown in at b's yield
  print(`t=${now()} main: returns`);
}

asyncio.run(main());
print(`t=${now()} asyncio.run returned`);
