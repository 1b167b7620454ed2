/**
 * The playground compiler as a reader meets it: what a program compiles to (line for line,
 * each await a `yield*` carrying its line), and the message and position of each mistake a
 * learner makes — through `execute`, the path the page and the command line share.
 */
import { describe, expect, test } from "vitest";
import { compile } from "../../src/compiler/index.ts";
import { type ExecuteResult, execute } from "../../src/execute/index.ts";

function run(files: Record<string, string>, entry = "main.ts") {
  let stdout = "";
  let stderr = "";
  const result: ExecuteResult = execute(files, {
    entry,
    onStdout: (text) => {
      stdout += text;
    },
    onStderr: (text) => {
      stderr += text;
    },
  });
  return { result, stdout, stderr };
}

const lines = (...source: string[]) => `${source.join("\n")}\n`;

describe("what a program compiles to", () => {
  const source = lines(
    'import * as asyncio from "asyncio";',
    "interface Job { id: number }",
    "async function fetch(job: Job): Promise<number> {",
    "  await asyncio.sleep(job.id as number);",
    "  return job.id;",
    "}",
    "const twice = async (n: number) => (await fetch({ id: n })) * 2;",
    "class Worker {",
    "  async work<T>(value: T) { return await asyncio.sleep(0, value); }",
    "}",
    "asyncio.run(fetch({ id: 1 }));",
  );
  const { code } = compile({ "main.ts": source }, "main.ts")["main.ts"];

  test("keeps every line where the reader wrote it, types stripped", () => {
    expect(code.split("\n")).toHaveLength(source.split("\n").length);
    expect(code).not.toMatch(/interface|: Job|: number|<T>/);
  });

  test("turns each await into yield* carrying its source line", () => {
    const compiled = code.split("\n");
    // (Sucrase leaves a blank where `as number` was.)
    expect(compiled[3]).toMatch(/yield\* __rt\.await_\(asyncio\.sleep\(job\.id\s*\), 4\)/);
    expect(compiled[6]).toContain("yield* __rt.await_(fetch({ id: n }), 7)");
    expect(compiled[8]).toContain("yield* __rt.await_(asyncio.sleep(0, value), 9)");
    expect(code).not.toMatch(/\basync\b|\bawait\b/);
  });

  test("async functions, arrows and methods are coroutine functions; calling one starts nothing", () => {
    const { stdout } = run({
      "main.ts": lines(
        'import * as asyncio from "asyncio";',
        "async function f() { print('f ran'); }",
        "const g = async () => {};",
        "class C { async m() {} static async s() {} }",
        "print(asyncio.iscoroutinefunction(f), asyncio.iscoroutinefunction(g));",
        "print(asyncio.iscoroutinefunction(new C().m), asyncio.iscoroutinefunction(C.s));",
        "const coro = f();",
        "print(asyncio.iscoroutine(coro));",
        "asyncio.run(coro);",
      ),
    });
    expect(stdout).toBe("True True\nTrue True\nTrue\nf ran\n");
  });

  test("a demo's files import each other", () => {
    const { stdout, result } = run({
      "main.ts": lines(
        'import * as asyncio from "asyncio";',
        'import { double } from "./helpers";',
        "async function main() { print(await double(21)); }",
        "asyncio.run(main());",
      ),
      "helpers.ts": lines(
        'import * as asyncio from "asyncio";',
        "export async function double(n: number) { await asyncio.sleep(1); return n * 2; }",
      ),
    });
    expect(result.ok).toBe(true);
    expect(stdout).toBe("42\n");
  });
});

describe("await using is async with: the rest of the block is the body", () => {
  /** A manager that says what happens to it, and suppresses when told to. */
  const manager = [
    'import * as asyncio from "asyncio";',
    "class M {",
    "  constructor(name, suppress = false) { this.name = name; this.suppress = suppress; }",
    "  async __aenter__() { print('enter', this.name); await asyncio.sleep(0); return this.name; }",
    "  async __aexit__(t, e, tb) {",
    "    print('exit', this.name, t === null ? 'None' : t.name + ': ' + e.message, tb);",
    "    await asyncio.sleep(0);",
    "    return this.suppress;",
    "  }",
    "}",
  ];
  const program = (...body: string[]) =>
    run({ "main.ts": lines(...manager, ...body, "asyncio.run(main());") }).stdout;

  test("a return in the body leaves through __aexit__ with three Nones, after its value is computed", () => {
    const stdout = program(
      "async function f() {",
      "  await using v = new M('m');",
      "  return print('computing the return value') ?? 'value ' + v;",
      "  print('never');",
      "}",
      "async function main() { print(await f()); }",
    );
    expect(stdout).toBe("enter m\ncomputing the return value\nexit m None None\nvalue m\n");
  });

  test("break and continue leave through __aexit__, once per iteration", () => {
    const stdout = program(
      "async function main() {",
      "  for (let i = 0; i < 5; i++) {",
      "    await using v = new M('m' + i);",
      "    if (i === 0) continue;",
      "    if (i === 1) break;",
      "  }",
      "  print('after');",
      "}",
    );
    expect(stdout).toBe("enter m0\nexit m0 None None\nenter m1\nexit m1 None None\nafter\n");
  });

  test("a throw reaches __aexit__ with its type and value, and is raised again when it returns false", () => {
    const stdout = program(
      "async function main() {",
      "  try {",
      "    await using v = new M('m');",
      "    throw new ValueError('bad');",
      "  } catch (e) { print('caught', e.message); }",
      "}",
    );
    expect(stdout).toBe("enter m\nexit m ValueError: bad None\ncaught bad\n");
  });

  test("a true __aexit__ suppresses: the statement after the block runs", () => {
    const stdout = program(
      "async function main() {",
      "  {",
      "    await using v = new M('m', true);",
      "    throw new ValueError('hidden');",
      "  }",
      "  print('after the block');",
      "}",
    );
    expect(stdout).toBe("enter m\nexit m ValueError: hidden None\nafter the block\n");
  });

  test("nested declarations exit in reverse order, each seeing what the inner one raised", () => {
    const stdout = program(
      "async function main() {",
      "  try {",
      "    await using a = new M('a'), b = new M('b');",
      "    await using c = new M('c');",
      "    print('body', a, b, c);",
      "    throw new KeyError('k');",
      "  } catch (e) { print('caught', e.constructor.name); }",
      "}",
    );
    expect(stdout).toBe(
      [
        "enter a",
        "enter b",
        "enter c",
        "body a b c",
        "exit c KeyError: k None",
        "exit b KeyError: k None",
        "exit a KeyError: k None",
        "caught KeyError",
        "",
      ].join("\n"),
    );
  });

  test("a failing __aenter__ calls no __aexit__", () => {
    const stdout = program(
      "class Broken extends M { async __aenter__() { throw new RuntimeError('no entry'); } }",
      "async function main() {",
      "  try {",
      "    await using v = new Broken('x');",
      "    print('never');",
      "  } catch (e) { print('caught', e.message); }",
      "}",
    );
    expect(stdout).toBe("caught no entry\n");
  });

  test("lines stay where they were, and the compiler names no helper outside the contract", () => {
    const source = lines(
      ...manager,
      "async function main() {",
      "  await using v = new M('m');",
      "  print(v);",
      "}",
      "asyncio.run(main());",
    );
    const { code } = compile({ "main.ts": source }, "main.ts")["main.ts"];
    expect(code.split("\n")).toHaveLength(source.split("\n").length);
    expect(code.split("\n")[11]).toContain("__rt.async_with_statement(new M('m'))");
    expect(code).not.toMatch(/\busing\b/);
  });

  test("using is with, for a sync context manager", () => {
    const { stdout } = run({
      "main.ts": lines(
        "class S { __enter__() { print('enter'); return 'v'; } __exit__(t, e, tb) { print('exit', t?.name ?? null); return false; } }",
        "function f() {",
        "  using v = new S();",
        "  print('body', v);",
        "  return 1;",
        "}",
        "print(f());",
      ),
    });
    expect(stdout).toBe("enter\nbody v\nexit None\n1\n");
  });

  test("an object with only JavaScript's [Symbol.asyncDispose]: CPython's TypeError, and what to write", () => {
    const stdout = program(
      "class D { async [Symbol.asyncDispose]() { print('disposed'); } }",
      "async function main() {",
      "  try {",
      "    await using d = new D();",
      "    print('never');",
      "  } catch (e) { print(e.constructor.name, e.message); }",
      "}",
    );
    expect(stdout).toBe(
      "TypeError 'D' object does not support the asynchronous context manager protocol (missed __aexit__ method); in a playground, await using is Python's 'async with': give the class __aenter__ and __aexit__ instead of [Symbol.asyncDispose]\n",
    );
  });

  test("for (await using …) has no Python form: what to write instead", () => {
    const { result } = run({
      "main.ts": lines("async function f(ms) {", "  for (await using m of ms) {}", "}"),
    });
    expect(result.error).toMatchObject({ type: "SyntaxError", line: 2 });
    expect(result.error?.message).toMatch(/^'for \(await using …\)' has no Python form/);
  });
});

describe("await's forms", () => {
  test("await (x) and async arrows whose body is an await", () => {
    const { stdout, result } = run({
      "main.ts": lines(
        'import * as asyncio from "asyncio";',
        "async function one() { return 1; }",
        "const twice = async () => await (one());",
        "const echo = async (x) => await asyncio.sleep(0, x);",
        "async function main() {",
        "  print(await (one()), await(one()), (await (one())) + 1);",
        "  print(await twice(), await echo('e'), await (await echo(one())));",
        "}",
        "asyncio.run(main());",
      ),
    });
    expect(result.error).toBeUndefined();
    expect(stdout).toBe("1 1 2\n1 e 1\n");
  });
});

describe("the mistakes a learner makes, each named at its place", () => {
  test("a syntax error: line and column in the reader's source, after the types", () => {
    const { result, stderr } = run({
      "main.ts": lines("const x: number = 1;", "const y: string = (;", "print(x);"),
    });
    expect(result.error).toMatchObject({ type: "SyntaxError", file: "main.ts", line: 2 });
    expect(result.error?.column).toBe(20);
    expect(stderr).toContain('File "main.ts", line 2');
    expect(stderr).toMatch(/SyntaxError: invalid syntax/);
  });

  test("Python pasted into the TypeScript tab: where the Python is", () => {
    const python = [
      lines(
        "import asyncio",
        "",
        "async def main():",
        "    await asyncio.sleep(1)",
        "asyncio.run(main())",
      ),
      lines("def helper():", "    return 1"),
      lines("from asyncio import sleep", "print(1)"),
      lines(
        'import * as asyncio from "asyncio";',
        "async function main() {",
        "  for x in range(3):",
        "}",
      ),
      lines('import * as asyncio from "asyncio";', "class Worker:", "    pass"),
    ];
    for (const source of python) {
      const { result } = run({ "main.ts": source });
      expect(result.error?.type, source).toBe("SyntaxError");
      expect(result.error?.message, source).toBe(
        "invalid syntax: this editor runs TypeScript; the Python twin is in the main.py tab; see Reading TypeScript as Python",
      );
    }
    // A TypeScript mistake next to nothing Pythonic keeps the parser's own words.
    const { result } = run({ "main.ts": lines("async function main() {", "  if (x) {", "}") });
    expect(result.error?.message).toMatch(/^invalid syntax: Unexpected token/);
  });

  test("await in a function that is not async: CPython's message", () => {
    const { result } = run({
      "main.ts": lines("function f() {", "  await g();", "}"),
    });
    expect(result.error).toMatchObject({
      type: "SyntaxError",
      message: "'await' outside async function",
      line: 2,
      column: 3,
    });
  });

  test("await at the top level: what to write instead", () => {
    const { result } = run({
      "main.ts": lines('import * as asyncio from "asyncio";', "await asyncio.sleep(1);"),
    });
    expect(result.error?.type).toBe("SyntaxError");
    expect(result.error?.message).toMatch(/^'await' outside function: .*asyncio\.run\(main\(\)\)/);
    expect(result.error?.line).toBe(2);
  });

  test("an unknown import names what is available, at the import's line", () => {
    const { result } = run({
      "main.ts": lines('import * as asyncio from "asyncio";', 'import { x } from "requests";'),
      "other.ts": "export const y = 1;\n",
    });
    expect(result.error).toMatchObject({
      type: "ModuleNotFoundError",
      message:
        "Cannot find module 'requests'. Available: asyncio, time, contextvars, inspect, ./other.ts",
      line: 2,
      column: 19,
    });
  });

  test("a forgotten await warns at once, at its line, as CPython does when it frees the coroutine", () => {
    const { stderr, stdout } = run({
      "main.ts": lines(
        'import * as asyncio from "asyncio";',
        "async function fetch() { print('never'); }",
        "async function main() {",
        "  fetch();",
        "  print('after');",
        "  throw new Error('then this');",
        "}",
        "asyncio.run(main());",
      ),
    });
    expect(stdout).toBe("after\n");
    const warning = stderr.indexOf(
      "main.ts:4: RuntimeWarning: coroutine 'fetch' was never awaited",
    );
    expect(warning).toBeGreaterThanOrEqual(0);
    expect(stderr.indexOf("Exception: then this")).toBeGreaterThan(warning);
    expect(stderr.match(/was never awaited/g)).toHaveLength(1);
  });

  test("an uncaught exception: Python's traceback, through the coroutines it left", () => {
    const { result, stderr } = run({
      "main.ts": lines(
        'import * as asyncio from "asyncio";',
        "async function inner() {",
        "  throw new Error('boom');",
        "}",
        "async function main() {",
        "  await inner();",
        "}",
        "asyncio.run(main());",
      ),
    });
    expect(result.error).toMatchObject({ type: "Exception", message: "boom", line: 3 });
    expect(stderr).toContain("Traceback (most recent call last):");
    expect(stderr).toContain('File "main.ts", line 6, in main');
    expect(stderr).toContain('File "main.ts", line 3, in inner');
    expect(stderr.trimEnd().endsWith("Exception: boom")).toBe(true);
  });
});

describe("async generators and for await", () => {
  const source = lines(
    'import * as asyncio from "asyncio";',
    "async function* ticks(n: number) {",
    "  for (let i = 0; i < n; i++) {",
    "    await asyncio.sleep(0);",
    "    yield i;",
    "  }",
    "}",
    "async function main() {",
    "  for await (const [i, j] of",
    "      pairs()) print(i, j);",
    "}",
  );
  const { code } = compile({ "main.ts": source }, "main.ts")["main.ts"];

  test("an async function* becomes an async generator, each yield wrapped on its line", () => {
    const compiled = code.split("\n");
    expect(compiled).toHaveLength(source.split("\n").length);
    expect(compiled[1]).toContain("return __rt.async_generator((function* () {");
    expect(compiled[3]).toContain("yield* __rt.await_(asyncio.sleep(0), 4)");
    expect(compiled[4]).toContain("yield __rt.async_gen_wrap(i)");
    expect(code).toContain("__rt.mark_async_generator_function(ticks)");
    expect(code).not.toMatch(/\basync\b|\bawait\b|function\*\s*ticks/);
  });

  test("for await becomes __aiter__/__anext__ on the lines it was written on", () => {
    const compiled = code.split("\n");
    expect(compiled[8]).toContain("__rt.async_for_iter(");
    expect(compiled[9]).toContain(
      "pairs()), __anext1; !(__anext1 = yield* __rt.async_for_next(__aiter1, 9)).done; ) { const [i, j] = __anext1.value; print(i, j); }",
    );
  });

  test("break leaves the generator suspended; a later loop resumes it; throw closes nothing", () => {
    const { stdout, result } = run({
      "main.ts": lines(
        'import * as asyncio from "asyncio";',
        "async function* count() {",
        "  try {",
        "    for (let i = 0; i < 4; i++) yield i;",
        "  } finally {",
        "    print('count finally');",
        "  }",
        "}",
        "async function main() {",
        "  const gen = count();",
        "  for await (const i of gen) { print('a', i); if (i === 0) break; }",
        "  try {",
        "    for await (const i of gen) { print('b', i); throw new Error('out'); }",
        "  } catch (e) { print('caught', e); }",
        "  print('suspended:', gen.ag_suspended);",
        "  for await (const i of gen) print('c', i);",
        "  print('main done');",
        "}",
        "asyncio.run(main());",
      ),
    });
    expect(result.error).toBeUndefined();
    expect(stdout).toBe(
      "a 0\nb 1\ncaught out\nsuspended: True\nc 2\nc 3\ncount finally\nmain done\n",
    );
  });

  test("an async generator is not a coroutine function, and inner generators keep yield*", () => {
    const { stdout, result } = run({
      "main.ts": lines(
        'import * as asyncio from "asyncio";',
        "async function* outer() {",
        "  function* inner() { yield* [1, 2]; }",
        "  for (const x of inner()) yield x * 10;",
        "}",
        "async function main() {",
        "  print(asyncio.iscoroutinefunction(outer), asyncio.iscoroutine(outer()));",
        "  for await (const x of outer()) print(x);",
        "}",
        "asyncio.run(main());",
      ),
    });
    expect(result.error).toBeUndefined();
    expect(stdout).toBe("False False\n10\n20\n");
  });

  test("for await in a function that is not async: CPython's message for async for", () => {
    const { result } = run({
      "main.ts": lines("function f(xs) {", "  for await (const x of xs) print(x);", "}"),
    });
    expect(result.error).toMatchObject({
      type: "SyntaxError",
      message: "'async for' outside async function",
      line: 2,
    });
  });

  test("yield* and return with a value in an async generator: CPython's SyntaxErrors", () => {
    const delegating = run({
      "main.ts": lines("async function* f() {", "  yield* g();", "}"),
    }).result;
    expect(delegating.error).toMatchObject({
      type: "SyntaxError",
      message: "'yield from' inside async function",
      line: 2,
      column: 3,
    });
    const returning = run({
      "main.ts": lines("async function* f() {", "  yield 1;", "  return 2;", "}"),
    }).result;
    expect(returning.error).toMatchObject({
      type: "SyntaxError",
      message: "'return' with value in async generator",
      line: 3,
    });
  });

  test("an exception inside an async generator: the traceback names its frame", () => {
    const { stderr } = run({
      "main.ts": lines(
        'import * as asyncio from "asyncio";',
        "async function* broken() {",
        "  yield 1;",
        "  throw new ValueError('bad item');",
        "}",
        "async function main() {",
        "  for await (const x of broken()) print(x);",
        "}",
        "asyncio.run(main());",
      ),
    });
    expect(stderr).toContain('File "main.ts", line 7, in main');
    expect(stderr).toContain('File "main.ts", line 4, in broken');
    expect(stderr.trimEnd().endsWith("ValueError: bad item")).toBe(true);
  });
});
