// compare: stderr without source
// @ts-nocheck
// test_async_gen_syntax_05: a yield that never runs still makes it an async generator.
print("never printed: the module does not compile");

// CPython refuses it as it compiles the module: nothing runs.
async function* foo() {
  // The yield never runs.
  if (0) yield;
  return 12;
}
