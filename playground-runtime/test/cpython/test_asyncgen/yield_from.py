# compare: stderr without source
# test_async_gen_syntax_02: yield from (TypeScript's yield*) in an async function.
# CPython refuses it as it compiles the module: nothing runs.
print("never printed: the module does not compile")


async def foo():
    yield from 123
