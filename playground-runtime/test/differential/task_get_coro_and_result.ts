// @ts-nocheck
import * as asyncio from "asyncio";

class Oops extends Error {}

async function ok() {
  await asyncio.sleep(1);
  return "fine";
}

async function bad() {
  await asyncio.sleep(1);
  throw new Oops("it broke");
}

async function main() {
  const coro = ok();
  const t1 = asyncio.create_task(coro);
  const t2 = asyncio.create_task(bad());
  print("same coroutine:", t1.get_coro() === coro);
  await asyncio.sleep(2);
  print("t1:", t1.done(), t1.result(), t1.exception());
  print("t2:", t2.done(), t2.exception().constructor.name, t2.exception());
  try {
    t2.result();
  } catch (e) {
    if (!(e instanceof Oops)) throw e;
    print("result() raises:", e);
  }
  const t3 = asyncio.create_task(ok());
  try {
    t3.result();
  } catch (e) {
    if (!(e instanceof asyncio.InvalidStateError)) throw e;
    print("too early:", e);
  }
  await t3;
}

asyncio.run(main());
