// @ts-nocheck
import * as asyncio from "asyncio";
class ZeroDivisionError extends Error {}
function bad_callback() {
  throw new ZeroDivisionError("oops");
}

class ValueError extends Error {}

function handler(loop, context) {
  print("handler got:", context.message, "/", context.exception.constructor.name);
}

async function main() {
  const loop = asyncio.get_running_loop();
  loop.set_exception_handler(handler);
  print("handler installed:", loop.get_exception_handler() === handler);
  loop.call_soon(bad_callback);
  await asyncio.sleep(0.1);
  loop.call_exception_handler({ message: "custom report", exception: new ValueError("x") });
  print("the loop carries on");
}

asyncio.run(main());
