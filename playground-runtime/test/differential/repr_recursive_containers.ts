// @ts-nocheck
// Containers that hold themselves print as Python's do: the inner sight of a list being
// printed is [...], of a dict {...}, however deep the cycle goes.
import * as asyncio from "asyncio";

const items = [1, "two"];
items.push(items);
print(items);
print(repr(items), `${items.length} items`);

const table = { name: "t" };
table.self = table;
print(table);

const mapped = new Map([["k", 0]]);
mapped.set("again", mapped);
mapped.set("list", [mapped, items]);
print(mapped);

// A cycle through two lists: each shows the other, then itself as [...].
const a = ["a"];
const b = ["b", a];
a.push(b);
print(a);
print(b);

// The same list twice, side by side, is no cycle: both are shown in full.
const shared = [0];
print([shared, shared], { twice: shared, again: shared });

// The replay needs a loop to check: one runs afterwards.
print(asyncio.run(asyncio.sleep(0, "a loop ran afterwards")));
