import asyncio
import contextvars
import re


def shown(err):
    # Addresses differ between runs: mask them.
    return f"{type(err).__name__}: {re.sub(r'0x[0-9a-f]+', '0x?', str(err))}"


def masked(obj):
    return re.sub(r"0x[0-9a-f]+", "0x?", repr(obj))


level = contextvars.ContextVar("level", default=1)
user = contextvars.ContextVar("user")
print(level.name, user.name)
print(masked(level), masked(user))
print(level.get(), user.get("nobody"), level.get(None))

try:
    user.get()
except LookupError as err:
    print(shown(err))

first = user.set("ann")
print(masked(first), first.var is user, first.old_value)
print(repr(contextvars.Token.MISSING), first.old_value is contextvars.Token.MISSING)
second = user.set("bob")
print(user.get(), second.old_value)
user.reset(second)
print(user.get(), masked(second))
user.reset(first)
print(user.get("gone"))

for attempt in (
    lambda: user.reset(first),
    lambda: level.reset(level.set(2)) or level.reset(user.set("x")),
    lambda: user.reset("not a token"),
    lambda: contextvars.ContextVar(),
    lambda: contextvars.ContextVar(42),
    lambda: contextvars.Context(1),
):
    try:
        attempt()
    except (RuntimeError, ValueError, TypeError) as err:
        print(shown(err))

# A token made in one context cannot reset the variable in another.
elsewhere = contextvars.Context()
token = elsewhere.run(level.set, 5)
print(level.get(), elsewhere[level])
try:
    level.reset(token)
except ValueError as err:
    print(shown(err))
elsewhere.run(level.reset, token)
print(level in elsewhere, level.get())

# Since 3.14 a token is a context manager: leaving it resets the variable.
with level.set(10) as entered:
    print("inside", level.get(), entered.old_value)
print("outside", level.get())
manual = user.set("carol")
print(manual.__enter__() is manual, user.get())
manual.__exit__(None, None, None)
print(user.get("reset by __exit__"))


async def main():
    # asyncio.run's task runs in a copy of the context asyncio.run was called in.
    print("task sees", level.get(), user.get())
    user.set("set in the task")


asyncio.run(main())
print("after run", user.get())
