// @ts-nocheck
import * as asyncio from "asyncio";

async function fail(n) {
  throw new ValueError(`failed ${n}`);
}

async function main() {
  try {
    await using tg = new asyncio.TaskGroup();
    tg.create_task(fail(1));
    tg.create_task(fail(2));
  } catch (group) {
    if (!(group instanceof ExceptionGroup)) throw group;
    print("message:", group.message);
    print("str:", `${group}`);
    print("repr:", repr(group));
    print("args[0]:", group.args[0]);
  }
  const group = new ExceptionGroup("by hand", [new KeyError("k")]);
  print(group.message, "|", group, "|", repr(group));
}

asyncio.run(main());
