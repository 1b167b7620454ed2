// @ts-nocheck
// The builtins aiter() and anext() (with a default), and an async generator's awaitables
// run as tasks of their own.
import * as asyncio from "asyncio";

const bare = (text) => text.replace(/ at 0x[0-9a-f]+/g, "");

async function* letters() {
  try {
    yield "a";
    await asyncio.sleep(0.1);
    yield "b";
  } finally {
    print("letters finally");
  }
}

async function job(name, delay) {
  await asyncio.sleep(delay);
  return name;
}

async function main() {
  const it = aiter(letters());
  print("anext:", await anext(it));
  print("anext:", await anext(it, "default"));
  print("anext at end:", await anext(it, "default"));
  try {
    await anext(it);
  } catch (error) {
    print("anext without default:", repr(error));
  }
  for (const bad of [() => aiter(5), () => anext(5), () => anext([1])]) {
    try {
      bad();
    } catch (error) {
      print(repr(error));
    }
  }

  const gen = letters();
  print(await gen.__anext__());
  const closer = asyncio.create_task(gen.aclose(), { name: "closer" });
  print(bare(repr(closer)));
  await closer;
  print(bare(repr(closer)));

  const thrown = letters();
  print(await thrown.__anext__());
  const results = await asyncio.gather(thrown.athrow(new ValueError("into it")), job("beside", 0), {
    return_exceptions: true,
  });
  print(results.map(repr));
}

asyncio.run(main());
