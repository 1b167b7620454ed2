// @ts-nocheck
import * as asyncio from "asyncio";

const loop = asyncio.new_event_loop();
const f1 = new asyncio.Future({ loop });
print("an asyncio future comes back as it is:", asyncio.wrap_future(f1) === f1);
f1.cancel();
loop.close();
