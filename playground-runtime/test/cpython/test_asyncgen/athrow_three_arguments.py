# compare: stderr without source
# The deprecated three-argument athrow(type, value, traceback): CPython warns that the
# signature is deprecated, and the awaitable still throws the value into the generator.
async def gen():
    yield 123


x = gen().athrow(GeneratorExit, GeneratorExit(), None)
try:
    x.send(None)
except GeneratorExit as error:
    print("send(None) raised", repr(error))
