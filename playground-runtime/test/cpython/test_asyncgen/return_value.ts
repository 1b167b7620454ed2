// compare: stderr without source
// @ts-nocheck
// test_async_gen_syntax_04: return with a value in an async generator.
print("never printed: the module does not compile");

// CPython refuses it as it compiles the module: nothing runs.
async function* foo() {
  yield;
  return 123;
}
