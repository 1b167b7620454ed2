import * as asyncio from "asyncio";

async function job(name: string, seconds: number) {
  print(`  ${name}: first step runs`);
  await asyncio.sleep(seconds);
  print(`  ${name}: woken after ${seconds}s`);
  return `${name} result`;
}

function state(task: asyncio.Task<string>) {
  if (!task.done()) return "pending";
  if (task.cancelled()) return "cancelled";
  return `done -> ${task.result()}`;
}

async function main() {
  const ok = asyncio.create_task(job("ok", 1), { name: "ok" });
  const doomed = asyncio.create_task(job("doomed", 5), { name: "doomed" });
  print("created:", state(ok), "/", state(doomed));

  await asyncio.sleep(0);
  print("after one turn:", state(ok), "/", state(doomed));

  doomed.cancel();
  print("cancel() asked:", state(doomed), "cancelling =", doomed.cancelling());

  await asyncio.sleep(2);
  print("after 2s:", state(ok), "/", state(doomed));
}

asyncio.run(main());
