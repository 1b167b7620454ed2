import contextvars
import re


def scenario():
    c = contextvars.ContextVar("a")
    tok = c.set(1)
    shape = r"^<Token var=<ContextVar name='a' at 0x[0-9a-fA-F]+> at 0x[0-9a-fA-F]+>$"
    print(re.match(shape, repr(tok)) is not None)


contextvars.Context().run(scenario)
