# Containers that hold themselves print as Python's do: the inner sight of a list being
# printed is [...], of a dict {...}, however deep the cycle goes.
import asyncio

items = [1, "two"]
items.append(items)
print(items)
print(repr(items), f"{len(items)} items")

table = {"name": "t"}
table["self"] = table
print(table)

mapped = {"k": 0}
mapped["again"] = mapped
mapped["list"] = [mapped, items]
print(mapped)

# A cycle through two lists: each shows the other, then itself as [...].
a = ["a"]
b = ["b", a]
a.append(b)
print(a)
print(b)

# The same list twice, side by side, is no cycle: both are shown in full.
shared = [0]
print([shared, shared], {"twice": shared, "again": shared})

# The replay needs a loop to check: one runs afterwards.
print(asyncio.run(asyncio.sleep(0, "a loop ran afterwards")))
