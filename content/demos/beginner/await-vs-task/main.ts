import * as asyncio from "asyncio";

async function fetch(name: string, seconds: number) {
  const task = asyncio.current_task()!.get_name();
  print(`start ${name}, inside ${task}`);
  await asyncio.sleep(seconds);
  print(`end ${name}`);
  return name;
}

async function main() {
  const loop = asyncio.get_running_loop();

  print("-- await two coroutines --");
  let started = loop.time();
  await fetch("a", 1);
  await fetch("b", 1);
  print(`took ${Math.round(loop.time() - started)}s`);

  print("-- await two Tasks --");
  started = loop.time();
  const a = asyncio.create_task(fetch("a", 1));
  const b = asyncio.create_task(fetch("b", 1));
  print("both tasks created, nothing has run yet");
  await a;
  await b;
  print(`took ${Math.round(loop.time() - started)}s`);
}

asyncio.run(main());
