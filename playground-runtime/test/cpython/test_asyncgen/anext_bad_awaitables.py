# anext() over async iterators whose __anext__ hands back something that is not a proper
# awaitable: an __await__ that returns a number, an iterator, a generator, an __await__ that
# raises; and an __anext__ that raises at once, before anything is awaited. (The names of
# built-in iterator types differ between the languages: that case prints the error's type.)
import asyncio


class ReturnsNumber:
    def __await__(self):
        return 42


class Boom(Exception):
    pass


class RaisesInAwait:
    def __await__(self):
        raise Boom()
        yield


class AnextGives:
    def __init__(self, make):
        self.make = make

    def __aiter__(self):
        return self

    def __anext__(self):
        return self.make()


class AnextGenerator:
    def __aiter__(self):
        return self

    def __anext__(self):
        yield


async def awaits(label, make_iterator):
    for args in [(), ("default",)]:
        awaitable = anext(make_iterator(), *args)
        try:
            await awaitable
        except Exception as error:
            said = repr(error) if "iterator" not in label else type(error).__name__
            print(label, "with" if args else "without", "a default:", said)


async def main():
    await awaits("__await__ returns 42", lambda: AnextGives(ReturnsNumber))
    await awaits("__anext__ returns an iterator", lambda: AnextGives(lambda: iter([1, 2])))
    await awaits("__anext__ is a generator", AnextGenerator)
    await awaits("__await__ raises", lambda: AnextGives(RaisesInAwait))
    return "completed"


print(asyncio.run(main()))


def raiser(error):
    class RaisesAtOnce:
        def __anext__(self):
            raise error

    return RaisesAtOnce()


for kind in [StopAsyncIteration, StopIteration, ValueError, Exception]:
    for args in [(), (1,)]:
        try:
            anext(raiser(kind("custom")), *args)
        except kind as error:
            print("anext() itself raises", repr(error), "with a default" if args else "without")
