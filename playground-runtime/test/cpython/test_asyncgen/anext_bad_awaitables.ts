// @ts-nocheck
// anext() over async iterators whose __anext__ hands back something that is not a proper
// awaitable: an __await__ that returns a number, an iterator, a generator, an __await__ that
// raises; and an __anext__ that raises at once, before anything is awaited. (The names of
// built-in iterator types differ between the languages: that case prints the error's type.)
import * as asyncio from "asyncio";

class ReturnsNumber {
  __await__() {
    return 42;
  }
}

class Boom extends Exception {}

class RaisesInAwait {
  *__await__() {
    throw new Boom();
  }
}

class AnextGives {
  constructor(make) {
    this.make = make;
  }

  __aiter__() {
    return this;
  }

  __anext__() {
    return this.make();
  }
}

class AnextGenerator {
  __aiter__() {
    return this;
  }

  *__anext__() {
    yield;
  }
}

async function awaits(label, makeIterator) {
  for (const args of [[], ["default"]]) {
    const awaitable = anext(makeIterator(), ...args);
    try {
      await awaitable;
    } catch (error) {
      const said = label.includes("iterator") ? error.constructor.name : repr(error);
      print(label, args.length ? "with" : "without", "a default:", said);
    }
  }
}

async function main() {
  await awaits("__await__ returns 42", () => new AnextGives(() => new ReturnsNumber()));
  await awaits("__anext__ returns an iterator", () => new AnextGives(() => [1, 2][Symbol.iterator]()));
  await awaits("__anext__ is a generator", () => new AnextGenerator());
  await awaits("__await__ raises", () => new AnextGives(() => new RaisesInAwait()));
  return "completed";
}

print(asyncio.run(main()));

function raiser(error) {
  class RaisesAtOnce {
    __anext__() {
      throw error;
    }
  }
  return new RaisesAtOnce();
}

for (const kind of [StopAsyncIteration, StopIteration, ValueError, Exception]) {
  for (const args of [[], [1]]) {
    try {
      anext(raiser(new kind("custom")), ...args);
    } catch (error) {
      if (!(error instanceof kind)) throw error;
      print("anext() itself raises", repr(error), args.length ? "with a default" : "without");
    }
  }
}
