# throw() into an aclose()/athrow() awaitable by hand, twice: the first throw finishes it,
# the second finds it already used.


async def one_two():
    yield 1
    yield 2


class MyException(Exception):
    pass


def throw(label, step, error):
    try:
        print(label, "->", step.throw(error))
    except BaseException as raised:
        print(label, "raised", repr(raised))


for label, make, error in [
    ("aclose, GeneratorExit", lambda: one_two().aclose(), GeneratorExit),
    ("aclose, custom", lambda: one_two().aclose(), MyException),
    ("athrow, custom", lambda: one_two().athrow(MyException()), MyException),
]:
    step = make()
    throw(label, step, error())
    throw(label + " again", step, error())


async def ends_at_once():
    return
    yield


throw("aclose of a finished one", ends_at_once().aclose(), MyException())
