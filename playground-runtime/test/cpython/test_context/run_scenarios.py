import contextvars


def isolated(func):
    return contextvars.Context().run(func)


# What the function raises leaves run() as it is, whatever the arguments.
ctx = contextvars.Context()


def fails(*args):
    raise ArithmeticError("division by zero")


for args in ((), (1, 2)):
    try:
        ctx.run(fails, *args)
    except ArithmeticError as err:
        print("ArithmeticError:", err)


# Nested runs: each context sees only its own values; run returns what the function does.
def nested():
    ctx1 = contextvars.Context()
    ctx2 = contextvars.Context()
    var = contextvars.ContextVar("var")

    def func2():
        print("in ctx2:", var.get(None))

    def func1():
        print("in ctx1 at first:", var.get(None))
        var.set("spam")
        ctx2.run(func2)
        print("in ctx1 after ctx2:", var.get(None))
        cur = contextvars.copy_context()
        print(len(cur), cur[var])
        return cur

    returned = ctx1.run(func1)
    print(ctx1 == returned, returned[var], var in returned)


isolated(nested)

# A value set before an exception stays in the run's context, not the caller's.
var = contextvars.ContextVar("var")


def sets_then_fails():
    print("before:", var.get(None))
    var.set("spam")
    raise ArithmeticError("oops")


try:
    ctx.run(sets_then_fails)
except ArithmeticError:
    print("after the failed run:", var.get(None), ctx[var])

# ctx.get sees what the function sets, while it runs.
ctx6 = contextvars.Context()
c = contextvars.ContextVar("a", default=0)


def fun6():
    print(c.get(), ctx6.get(c))
    c.set(42)
    print(c.get(), ctx6.get(c))


ctx6.run(fun6)

# A context cannot be entered again while it is entered.
ctx7 = contextvars.Context()


def fun7():
    try:
        ctx7.run(fun7)
    except RuntimeError as err:
        print("RuntimeError:", "is already entered" in str(err))


ctx7.run(fun7)
