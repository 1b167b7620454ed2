import contextvars


def isolated(func):
    contextvars.Context().run(func)


def get_set_reset():
    c = contextvars.ContextVar("c")
    try:
        c.get()
    except LookupError:
        print("LookupError before any set")
    print(c.get(None))

    t0 = c.set(42)
    print(c.get(), c.get(None), t0.old_value is t0.MISSING, t0.old_value is contextvars.Token.MISSING, t0.var is c)
    t = c.set("spam")
    print(c.get(), c.get(None), t.old_value)
    c.reset(t)
    print(c.get(), c.get(None))

    c.set("spam2")
    try:
        c.reset(t)
    except RuntimeError as err:
        print("RuntimeError:", "has already been used" in str(err))
    print(c.get())

    ctx1 = contextvars.copy_context()
    print(c in ctx1)
    c.reset(t0)
    try:
        c.reset(t0)
    except RuntimeError as err:
        print("RuntimeError:", "has already been used" in str(err))
    print(c.get(None))

    # The copy made before the reset keeps its value.
    print(c in ctx1, ctx1[c], ctx1.get(c, "aa"), len(ctx1))
    print([value for var, value in ctx1.items() if var is c], list(ctx1.values()))
    print(list(ctx1.keys()) == [c], list(ctx1) == [c])

    ctx2 = contextvars.copy_context()
    print(c in ctx2)
    try:
        ctx2[c]
    except KeyError:
        print("KeyError")
    print(ctx2.get(c, "aa"), len(ctx2), list(ctx2))


isolated(get_set_reset)


def other_var():
    v1 = contextvars.ContextVar("v1")
    v2 = contextvars.ContextVar("v2")
    t1 = v1.set(42)
    try:
        v2.reset(t1)
    except ValueError as err:
        print("ValueError:", "by a different" in str(err))


isolated(other_var)


def inside_another():
    c = contextvars.ContextVar("c", default=42)
    ctx = contextvars.Context()

    def fun():
        print(c.get())
        try:
            ctx[c]
        except KeyError:
            print("KeyError")
        print(ctx.get(c), ctx.get(c, "spam"), c in ctx, list(ctx.keys()))
        t = c.set(1)
        print(list(ctx.keys()) == [c], ctx[c])
        c.reset(t)
        print(list(ctx.keys()))
        try:
            ctx[c]
        except KeyError:
            print("KeyError again")

    ctx.run(fun)


isolated(inside_another)


def token_from_elsewhere():
    c = contextvars.ContextVar("c", default=42)
    ctx = contextvars.Context()
    tok = ctx.run(c.set, 1)
    try:
        c.reset(tok)
    except ValueError as err:
        print("ValueError:", "different Context" in str(err))


isolated(token_from_elsewhere)


def mutable_value():
    c = contextvars.ContextVar("c", default=42)
    c.set([])

    def fun():
        c.set([])
        c.get().append(42)
        print(c.get())

    contextvars.copy_context().run(fun)
    print(c.get())


isolated(mutable_value)
