// No asyncio at all: just generators, the machinery await is built from.
function* inner(): Generator<string, string, string> {
  print("inner: start");
  const got = yield "inner paused";
  print("inner: resumed with", got);
  return "inner result";
}

function* outer(): Generator<string, string, string> {
  print("outer: start");
  const result = yield* inner(); // Python: result = yield from inner()
  print("outer: inner returned", result);
  return "outer result";
}

const gen = outer();
const first = gen.next(); // Python: gen.send(None)
print("driver got:", first.value);
const last = gen.next("hello"); // Python: gen.send("hello")
print("driver got:", last.value, "finished:", last.done);
