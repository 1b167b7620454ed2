"""Compare the lists in this folder with CPython's own test files.

    python3 check-lists.py /path/to/python3.14/test

prints, for each SUITE.json, the test methods the real file defines that the list lacks, and
the listed ones the file does not define. CPython 3.14's Lib/test is in Debian's
libpython3.14-testsuite package (its unstable distribution). Only names are read.
"""

import ast
import json
import pathlib
import sys

here = pathlib.Path(__file__).parent
root = pathlib.Path(sys.argv[1])
status = 0
for listing in sorted(here.glob("*.json")):
    suite = json.loads(listing.read_text())
    source = root / suite["source"].removeprefix("Lib/test/")
    tree = ast.parse(source.read_text())
    defined = [
        f"{node.name}.{item.name}"
        for node in tree.body
        if isinstance(node, ast.ClassDef)
        for item in node.body
        if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name.startswith("test")
    ]
    listed = list(suite["tests"])
    missing = [name for name in defined if name not in listed]
    extra = [name for name in listed if name not in defined]
    out_of_order = [name for name in listed if name in defined] != [n for n in defined if n in listed]
    print(f"{listing.stem}: {len(defined)} defined, {len(listed)} listed")
    for name in missing:
        print(f"  missing: {name}")
    for name in extra:
        print(f"  not in the file: {name}")
    if out_of_order:
        print("  listed in another order than the file's")
    status |= bool(missing or extra or out_of_order)
sys.exit(status)
