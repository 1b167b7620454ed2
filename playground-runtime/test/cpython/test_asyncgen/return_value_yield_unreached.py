# compare: stderr without source
# test_async_gen_syntax_05: a yield that never runs still makes it an async generator.
# CPython refuses it as it compiles the module: nothing runs.
print("never printed: the module does not compile")


async def foo():
    if 0:  # The yield never runs.
        yield
    return 12
