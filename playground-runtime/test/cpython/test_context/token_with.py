import contextvars


def in_new_context(func):
    try:
        contextvars.Context().run(func)
    except Exception as err:
        print(f"run raised {type(err).__name__}: {err}")


def with_default():
    c = contextvars.ContextVar("c", default=42)
    with c.set(36):
        print(c.get())
    print(c.get())


def without_default():
    c = contextvars.ContextVar("c")
    with c.set(36):
        print(c.get())
    try:
        c.get()
    except LookupError as err:
        print("LookupError:", str(err).startswith("<ContextVar name='c'"))


def on_exception():
    c = contextvars.ContextVar("c", default=42)
    try:
        with c.set(36):
            print(c.get())
            raise ValueError("custom exception")
    finally:
        print("after the block:", c.get())


def reentrant():
    c = contextvars.ContextVar("c", default=42)
    token = c.set(36)
    try:
        with token:
            with token:
                print(c.get())
    except RuntimeError as err:
        print("RuntimeError:", str(err).startswith("<Token ") and str(err).endswith("has already been used once"))
    print(c.get())


def several_sets():
    c = contextvars.ContextVar("c", default=42)
    with c.set(36):
        print(c.get())
        c.set(24)
        print(c.get())
        c.set(12)
        print(c.get())
    print(c.get())


def reset_the_same_token():
    c = contextvars.ContextVar("c", default=42)
    try:
        with c.set(36) as token:
            print(c.get())
            c.reset(token)
            print(c.get())
    except RuntimeError as err:
        print("RuntimeError:", "has already been used once" in str(err))
    print(c.get())


def reset_another_token():
    c = contextvars.ContextVar("c", default=42)
    with c.set(36):
        print(c.get())
        token = c.set(24)
        print(c.get())
        c.reset(token)
        print(c.get())
    print(c.get())


for scenario in (
    with_default,
    without_default,
    on_exception,
    reentrant,
    several_sets,
    reset_the_same_token,
    reset_another_token,
):
    print(f"-- {scenario.__name__}")
    in_new_context(scenario)
