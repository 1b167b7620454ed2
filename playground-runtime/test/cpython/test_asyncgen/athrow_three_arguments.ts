// compare: stderr without source
// @ts-nocheck
// The deprecated three-argument athrow(type, value, traceback): CPython warns that the
// signature is deprecated, and the awaitable still throws the value into the generator.
async function* gen() {
  yield 123;
}
const x = gen().athrow(GeneratorExit, new GeneratorExit(), null);
try {
  x.send(null);
} catch (error) {
  if (!(error instanceof GeneratorExit)) throw error;
  print("send(None) raised", repr(error));
}
