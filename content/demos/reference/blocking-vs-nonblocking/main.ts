import * as asyncio from "asyncio";
import * as time from "time";

let started = 0;

function stamp() {
  return `${Math.round(asyncio.get_running_loop().time() - started)} s`;
}

async function blockingNap(i: number) {
  print(`  nap ${i} starts at ${stamp()}`);
  time.sleep(1); // holds the loop: nobody else runs
  return i;
}

async function politeNap(i: number) {
  print(`  nap ${i} starts at ${stamp()}`);
  await asyncio.sleep(1); // suspends this task: the others run
  return i;
}

async function main() {
  const loop = asyncio.get_running_loop();

  print("time.sleep(1) in five tasks:");
  started = loop.time();
  await asyncio.gather(
    blockingNap(0),
    blockingNap(1),
    blockingNap(2),
    blockingNap(3),
    blockingNap(4),
  );
  print(`  all done at ${stamp()}`);

  print("await asyncio.sleep(1) in five tasks:");
  started = loop.time();
  await asyncio.gather(politeNap(0), politeNap(1), politeNap(2), politeNap(3), politeNap(4));
  print(`  all done at ${stamp()}`);
}

asyncio.run(main());
