# compare: stderr without source
# test_async_gen_syntax_03: return with a value in an async generator that awaits.
# CPython refuses it as it compiles the module: nothing runs.
print("never printed: the module does not compile")


async def foo():
    await abc
    yield
    return 123
