# compare: stderr without source
# test_async_gen_syntax_04: return with a value in an async generator.
# CPython refuses it as it compiles the module: nothing runs.
print("never printed: the module does not compile")


async def foo():
    yield
    return 123
