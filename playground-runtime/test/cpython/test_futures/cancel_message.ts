// @ts-nocheck
import * as asyncio from "asyncio";

const loop = asyncio.new_event_loop();

print("-- reading it");
const read = new asyncio.Future({ loop });
print("has _cancel_message:", "_cancel_message" in read, read._cancel_message);
read.cancel("my message");
try {
  loop.run_until_complete(read);
} catch (e) {
  if (!(e instanceof asyncio.CancelledError)) throw e;
  print("CancelledError:", e);
}
print("_cancel_message:", read._cancel_message);

print("-- writing it after cancel()");
const written = new asyncio.Future({ loop });
written.cancel("my message");
written._cancel_message = "my new message";
print(written._cancel_message);
written._cancel_message = null;
print(written._cancel_message);
written._cancel_message = "my new message";
try {
  loop.run_until_complete(written);
} catch (e) {
  if (!(e instanceof asyncio.CancelledError)) throw e;
  print("CancelledError:", e);
}
print("_cancel_message:", written._cancel_message);
loop.close();
