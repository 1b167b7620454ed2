import asyncio
import contextvars
import re


def shown(err):
    return f"{type(err).__name__}: {re.sub(r'0x[0-9a-f]+', '0x?', str(err))}"


color = contextvars.ContextVar("color")
size = contextvars.ContextVar("size", default=0)
shape = contextvars.ContextVar("shape")


def paint(c, s):
    color.set(c)
    size.set(s)
    return f"painted {color.get()} {size.get()}"


ctx = contextvars.Context()
print(len(ctx), list(ctx), color in ctx)
print(ctx.run(paint, "red", 3))
print("outside:", color.get("unset"), size.get())
print(len(ctx), color in ctx, shape in ctx, ctx[color], ctx.get(size), ctx.get(shape))
print(ctx.get(shape, "no shape"))
print(sorted(var.name for var in ctx))
print(sorted(var.name for var in ctx.keys()))
print(sorted(str(value) for value in ctx.values()))
print(sorted([var.name, value] for var, value in ctx.items()))

# A copy starts with the same values and then goes its own way.
other = ctx.copy()
print(other == ctx, other[color])
other.run(color.set, "blue")
print(ctx[color], other[color], other == ctx)

# copy_context() copies the running context: inside run, that is ctx.
def inside():
    snapshot = contextvars.copy_context()
    color.set("green")
    return [snapshot[color], color.get()]

print(ctx.run(inside), ctx[color])

try:
    ctx[shape]
except KeyError as err:
    print("KeyError", shown(err))
for bad in (lambda: ctx["color"], lambda: "size" in ctx, lambda: ctx.get(3)):
    try:
        bad()
    except TypeError as err:
        print(shown(err))

# A context can be entered by one caller at a time.
def reenter():
    return ctx.run(lambda: "never")

try:
    ctx.run(reenter)
except RuntimeError as err:
    print(shown(err))
try:
    ctx.run()
except TypeError as err:
    print(shown(err))
try:
    contextvars.Token()
except RuntimeError as err:
    print(shown(err))

# An exception leaves run() after the context is left; what was set stays set.
def fails():
    shape.set("circle")
    raise ValueError("boom")

try:
    ctx.run(fails)
except ValueError as err:
    print("raised", err, ctx[shape], shape.get("none here"))
print(ctx.run(lambda: "entered again"))


async def main():
    # A task's context is a Context like any other, and the running one during its steps.
    own = asyncio.current_task().get_context()
    size.set(99)
    print(own[size], contextvars.copy_context() == own, len(own))
    try:
        own.run(print, "never")
    except RuntimeError as err:
        print(shown(err))


asyncio.run(main())
