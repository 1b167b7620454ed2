// @ts-nocheck
import * as asyncio from "asyncio";

class Boom extends Error {}

async function main() {
  const loop = asyncio.get_running_loop();
  const fut = loop.create_future();
  loop.call_later(0.5, (e) => fut.set_exception(e), new Boom("bad news"));
  try {
    await fut;
  } catch (e) {
    if (!(e instanceof Boom)) throw e;
    print("caught:", e);
  }
  print("exception():", fut.exception());
  try {
    fut.result();
  } catch (e) {
    if (!(e instanceof Boom)) throw e;
    print("result() raises again:", e);
  }
}

asyncio.run(main());
