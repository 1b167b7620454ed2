// compare: stderr without source
// @ts-nocheck
// test_async_gen_syntax_02: yield from (TypeScript's yield*) in an async function.
print("never printed: the module does not compile");

// CPython refuses it as it compiles the module: nothing runs.
async function* foo() {
  yield* 123;
}
