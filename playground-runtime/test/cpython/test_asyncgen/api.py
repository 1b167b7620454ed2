# What an async generator object says about itself, and that aclose() gives an awaitable.
import inspect


async def gen():
    yield 123


g = gen()
print("name:", g.__name__)
g.__name__ = "123"
print("renamed:", g.__name__)
print("qualname ends with .gen:", g.__qualname__.endswith(".gen") or g.__qualname__ == "gen")
g.__qualname__ = "123"
print("requalified:", g.__qualname__)
print("ag_await:", g.ag_await)
print("has a frame:", g.ag_frame is not None)
print("ag_running:", g.ag_running)
print("ag_code name:", g.ag_code.co_name)
closing = g.aclose()
print("aclose() is awaitable:", inspect.isawaitable(closing))
closing.close()
