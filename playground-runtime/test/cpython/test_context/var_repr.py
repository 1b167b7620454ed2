import contextvars
import re


def masked(obj):
    return re.sub(r"0x[0-9a-f]+", "0x?", repr(obj))


def scenario():
    print(masked(contextvars.ContextVar("a")))
    print(masked(contextvars.ContextVar("a", default=123)))
    # A default that contains the variable itself is shown as [...] the second time round.
    lst = []
    c = contextvars.ContextVar("a", default=lst)
    lst.append(c)
    print(masked(c))
    print(masked(lst))
    # A token's repr shows its variable's, and says "used" once reset has used it.
    t = c.set(1)
    print(masked(c) in masked(t), " used " in repr(t))
    c.reset(t)
    print(" used " in repr(t))


contextvars.Context().run(scenario)
