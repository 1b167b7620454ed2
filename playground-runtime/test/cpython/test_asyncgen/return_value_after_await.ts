// compare: stderr without source
// @ts-nocheck
// test_async_gen_syntax_03: return with a value in an async generator that awaits.
print("never printed: the module does not compile");

// CPython refuses it as it compiles the module: nothing runs.
async function* foo() {
  await abc;
  yield;
  return 123;
}
