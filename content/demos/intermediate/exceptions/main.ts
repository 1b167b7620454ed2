import * as asyncio from "asyncio";

class ValueError extends Error {}
class FetchError extends Error {}

async function parse(text: string) {
  await asyncio.sleep(0);
  if (!text) throw new ValueError("empty page");
  return text.length;
}

async function fetch(url: string, body: string) {
  try {
    return await parse(body);
  } catch (error) {
    throw new FetchError(`could not read ${url}`, { cause: error });
  }
}

async function main() {
  print("ok:", await fetch("/a", "hello"));
  try {
    await fetch("/b", "");
  } catch (error) {
    const e = error as Error;
    print("main caught", e.constructor.name, "-", e.message);
    print("caused by", (e.cause as Error).constructor.name, "-", (e.cause as Error).message);
  }

  const task = asyncio.create_task(fetch("/c", ""));
  await asyncio.sleep(1);
  print("task done?", task.done(), "- its exception waits inside:", task.exception());
}

asyncio.run(main());
