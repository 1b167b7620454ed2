import * as asyncio from "asyncio";

async function fetch(i: number) {
  await asyncio.sleep(1); // stands for one network round trip
  return i * 10;
}

async function main() {
  const loop = asyncio.get_running_loop();

  let started = loop.time();
  const serial: number[] = [];
  for (let i = 0; i < 5; i++) {
    serial.push(await fetch(i));
  }
  print("serial:    ", serial, `in ${Math.round(loop.time() - started)} s`);

  started = loop.time();
  const together = await asyncio.gather(fetch(0), fetch(1), fetch(2), fetch(3), fetch(4));
  print("concurrent:", together, `in ${Math.round(loop.time() - started)} s`);
}

asyncio.run(main());
