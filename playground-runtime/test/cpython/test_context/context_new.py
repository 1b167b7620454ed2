import contextvars

# Context() takes no arguments, positional or keyword.
for make in (
    lambda: contextvars.Context(1),
    lambda: contextvars.Context(1, a=1),
    lambda: contextvars.Context(a=1),
):
    try:
        make()
    except TypeError as err:
        print("TypeError:", err)
print(len(contextvars.Context(**{})))

# Its keys are ContextVars, and nothing else.
ctx = contextvars.Context()
for use in (lambda: ctx[1], lambda: 1 in ctx, lambda: ctx.get(1)):
    try:
        use()
    except TypeError as err:
        print("TypeError:", err)

print(isinstance(contextvars.copy_context(), contextvars.Context))

try:
    ctx.run()
except TypeError as err:
    print("TypeError:", err)
