import contextvars

# A ContextVar needs exactly one name, and the name must be a str.
for make in (lambda: contextvars.ContextVar(), lambda: contextvars.ContextVar(1)):
    try:
        make()
    except TypeError as err:
        print("TypeError:", err)

c = contextvars.ContextVar("aaa")
print(c.name)
# The name cannot be changed afterwards.
try:
    c.name = "bbb"
    print("renamed to", c.name)
except AttributeError as err:
    print("AttributeError:", err)
print("hash differs from the name's:", hash(c) != hash("aaa"))
