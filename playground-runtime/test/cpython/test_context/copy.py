import contextvars

ctx1 = contextvars.Context()
c = contextvars.ContextVar("c", default=42)


def ctx1_fun():
    c.set(10)
    ctx2 = ctx1.copy()
    print(ctx2[c])
    # Setting in ctx1 afterwards leaves the copy as it was.
    c.set(20)
    print(ctx1[c], ctx2[c])
    ctx2.run(ctx2_fun)
    print(ctx1[c], ctx2[c])


def ctx2_fun():
    print(c.get())
    c.set(30)
    print(c.get())


ctx1.run(ctx1_fun)
