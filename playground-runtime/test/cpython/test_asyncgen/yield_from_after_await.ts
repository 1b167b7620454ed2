// compare: stderr without source
// @ts-nocheck
// test_async_gen_syntax_01: yield from (TypeScript's yield*) in an async function that awaits.
print("never printed: the module does not compile");

// CPython refuses it as it compiles the module: nothing runs.
async function* foo() {
  await abc;
  yield* 123;
}
