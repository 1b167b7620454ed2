/**
 * One file of a playground, from TypeScript to the JavaScript the runtime runs.
 *
 * Sucrase strips the types and turns `import`s into `require` calls, keeping every line where
 * it was. Acorn parses the result, and MagicString rewrites each `async` function into an
 * ordinary function returning a generator-backed coroutine, and each `await e` into
 * `(yield* __rt.await_(e, line))` — Python's `await` is `yield from`. An `async function*`
 * becomes an async generator the same way, its `yield v` marked as `yield
 * __rt.async_gen_wrap(v)`; `for await` becomes a loop over `__aiter__`/`__anext__`. No line
 * is added or removed, so compiled line N is the line N the reader wrote.
 */
import { type Node, Parser, type Token, tokenizer } from "acorn";
import MagicString from "magic-string";
import { transform } from "sucrase";
import { FILENAME, rt } from "./contract.ts";
import {
  ASYNC_FOR_OUTSIDE_ASYNC,
  AWAIT_OUTSIDE_ASYNC,
  AWAIT_OUTSIDE_FUNCTION,
  CompileError,
  FOR_USING,
  pythonPasted,
  RETURN_IN_ASYNC_GENERATOR,
  YIELD_FROM_IN_ASYNC,
} from "./errors.ts";
import { compact, decodeMappings, type LineColumns, mapColumn } from "./positions.ts";

/** A position in the reader's source: 1-based line, 0-based column (as Acorn counts). */
export interface SourcePosition {
  line: number;
  column: number;
}

/** A function of the reader's, as a Python traceback names it. */
export interface FunctionInfo {
  /** Python's `co_name`: the function's own name, or `<lambda>` for an anonymous arrow. */
  name: string;
  /** Python's `co_qualname`: `Class.method`, `outer.<locals>.inner`. */
  qualname: string;
  /** Whether it is an `async` function (a coroutine function). */
  async: boolean;
  /** The lines it spans (1-based, inclusive). */
  start: number;
  end: number;
  /** Where it starts and ends on those lines (0-based columns of the source). */
  startColumn: number;
  endColumn: number;
}

/** One compiled file. */
export interface CompiledFile {
  /**
   * The compiled program, line for line with the source: what "show compiled" shows. It
   * runs only after `prologue`, on the same first line.
   */
  code: string;
  /** Sucrase's module helpers (`"use strict"`, the `exports` marker), with no line of its own. */
  prologue: string;
  /** The modules it requires, as written (`asyncio`, `./worker`), and where. */
  imports: { spec: string; line: number; column: number }[];
  /** Every function in the file, outermost first. */
  functions: FunctionInfo[];
  /** Per line (index 0 is line 1): compiled columns (after `prologue`) to source columns. */
  columns: LineColumns[];
}

type AnyNode = Omit<Node, "loc"> & {
  loc: { start: SourcePosition; end: SourcePosition };
} & Record<string, any>;

function children(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  for (const key of Object.keys(node)) {
    if (key === "loc" || key === "start" || key === "end" || key === "type") continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item.type === "string") out.push(item);
    } else if (value && typeof value === "object" && typeof value.type === "string") {
      out.push(value);
    }
  }
  return out;
}

const isFunction = (node: AnyNode) =>
  node.type === "FunctionDeclaration" ||
  node.type === "FunctionExpression" ||
  node.type === "ArrowFunctionExpression";

function keyName(key: AnyNode | undefined, computed: boolean): string | null {
  if (!key || computed) return null;
  if (key.type === "Identifier") return key.name;
  if (key.type === "Literal") return String(key.value);
  if (key.type === "PrivateIdentifier") return `#${key.name}`;
  return null;
}

/** A function's name as Python would know it: its own, or the name it is assigned to. */
function nameOf(fn: AnyNode, parent: AnyNode | null): string | null {
  if (fn.id?.name) return fn.id.name;
  if (!parent) return null;
  switch (parent.type) {
    case "VariableDeclarator":
      return parent.id.type === "Identifier" ? parent.id.name : null;
    case "MethodDefinition":
    case "Property":
    case "PropertyDefinition":
      return keyName(parent.key, parent.computed);
    case "AssignmentExpression":
      if (parent.left.type === "Identifier") return parent.left.name;
      if (parent.left.type === "MemberExpression")
        return keyName(parent.left.property, parent.left.computed);
      return null;
    default:
      return null;
  }
}

/** Whether `fn` is the body of a class or object-literal method (not a property's value). */
const isMethodOf = (parent: AnyNode | null) =>
  parent?.type === "MethodDefinition" ||
  (parent?.type === "Property" && (parent.method || parent.kind !== "init"));

const tokenValue = (token: Token) => (token as Token & { value: unknown }).value;

/** The names the file gives its async functions (declared, or assigned to a variable). */
function asyncFunctionNames(node: AnyNode, names = new Set<string>()): Set<string> {
  if (node.type === "FunctionDeclaration" && node.async && node.id) names.add(node.id.name);
  if (
    node.type === "VariableDeclarator" &&
    node.id.type === "Identifier" &&
    node.init &&
    isFunction(node.init) &&
    node.init.async
  ) {
    names.add(node.id.name);
  }
  for (const child of children(node)) asyncFunctionNames(child, names);
  return names;
}

/** Where the `async` keyword sits between `from` and `to`, read with Acorn's tokenizer. */
function asyncKeyword(text: string, from: number, to: number): number | null {
  for (const token of tokenizer(text.slice(from, to), { ecmaVersion: "latest" })) {
    if (token.type.label === "name" && tokenValue(token) === "async") return from + token.start;
  }
  return null;
}

/** The 1-based column of the string literal naming `spec` in an import line, else 1. */
function specColumn(line: string, spec: string): number {
  try {
    for (const token of tokenizer(line, { ecmaVersion: "latest", sourceType: "module" })) {
      if (token.type.label === "string" && tokenValue(token) === spec) return token.start + 1;
    }
  } catch {
    // A line Acorn cannot tokenize (TypeScript-only syntax): point at its start.
  }
  return 1;
}

/** How a file is compiled: a reader's (the default) or one of the runtime's own modules. */
export interface CompileOptions {
  /**
   * Keep `import`/`export` as ES module syntax (the runtime's modules are loaded by Vite or
   * Node, not by the executor's loader), and elide type-only imports.
   */
  esm?: boolean;
  /** The file name coroutines report, as a literal (else the one the loader passes in). */
  filename?: string;
  /**
   * Whether `catch` and `finally` blocks keep Python's exception state (default true). Off for
   * what CPython writes in C (its `Task` and `Future`), whose error handling pushes nothing.
   */
  handlerState?: boolean;
  /**
   * Whether `class X extends Error` and `new Error(…)` are Python's Exception (default true):
   * the runtime's `Exception` takes `Error`'s place there, so an instance keeps its arguments
   * as `args` and prints as Python's does (`instanceof Error` still holds). Off for the
   * runtime's own modules, whose Errors are JavaScript's.
   */
  pythonExceptions?: boolean;
}

/**
 * Compiles one file; throws CompileError positioned in the reader's source.
 */
export function compileFile(
  source: string,
  file: string,
  options: CompileOptions = {},
): CompiledFile {
  // A blank first line gives Sucrase somewhere to put its helpers: line 1 of its output is
  // the prologue, and the program starts on line 2 exactly as the source did on line 1.
  let sucrased: { code: string; mappings: string };
  try {
    const result = transform(`\n${source}`, {
      transforms: options.esm ? ["typescript"] : ["typescript", "imports"],
      filePath: file,
      disableESTransforms: true,
      // `import * as asyncio` reads as `var asyncio = require(…)`, without interop helpers.
      enableLegacyTypeScriptModuleInterop: true,
      // An import of a module that does not exist must fail even if nothing uses it.
      keepUnusedImports: !options.esm,
      sourceMapOptions: { compiledFilename: file },
    });
    sucrased = { code: result.code, mappings: result.sourceMap?.mappings ?? "" };
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    const message = (error as Error).message
      .replace(/^Error transforming [^:]+: /, "")
      .replace(/ \(\d+:\d+\)$/, "");
    // Sucrase counts columns from 1; the blank first line moved every line down by one.
    const line = Math.max((loc?.line ?? 2) - 1, 1);
    throw new CompileError(
      pythonPasted(source, file, line) ?? `invalid syntax: ${message}`,
      file,
      line,
      loc?.column ?? 1,
    );
  }
  const newline = sucrased.code.indexOf("\n");
  const prologue = sucrased.code.slice(0, newline);
  const body = sucrased.code.slice(newline + 1);

  // Sucrase's map, per body line: body columns to source columns.
  const sucraseColumns: LineColumns[] = decodeMappings(sucrased.mappings)
    .slice(1)
    .map((segments, line) =>
      compact(
        segments
          .filter(([, sourceLine]) => sourceLine === line + 1)
          .map(([generated, , column]) => [generated, column] as [number, number]),
      ),
    );
  const toSource = (line: number, column: number) => mapColumn(sucraseColumns[line - 1], column);
  const errorAt = (message: string, at: SourcePosition) =>
    new CompileError(message, file, at.line, toSource(at.line, at.column) + 1);

  let ast: AnyNode;
  try {
    // Module code, so that `await` is a keyword everywhere and Acorn names the misplaced one;
    // top-level awaits are let through to be reported with the playground's advice.
    ast = Parser.parse(body, {
      ecmaVersion: "latest",
      sourceType: "module",
      allowAwaitOutsideFunction: true,
      locations: true,
    }) as unknown as AnyNode;
  } catch (error) {
    const loc = (error as { loc?: SourcePosition }).loc ?? { line: 1, column: 0 };
    const raw = (error as Error).message.replace(/ \(\d+:\d+\)$/, "");
    // Acorn only calls the `await` of a `for await` outside an async function unexpected.
    const at = (error as { pos?: number }).pos ?? -1;
    const forAwait =
      at >= 0 &&
      body.startsWith("await", at) &&
      /\bfor\s*$/.test(body.slice(Math.max(0, at - 20), at));
    const message = forAwait
      ? ASYNC_FOR_OUTSIDE_ASYNC
      : /'await'/.test(raw)
        ? AWAIT_OUTSIDE_ASYNC
        : (pythonPasted(source, file, loc.line) ?? `invalid syntax: ${raw}`);
    throw errorAt(message, loc);
  }

  const out = new MagicString(body);
  const filename = options.filename === undefined ? FILENAME : JSON.stringify(options.filename);
  const sourceLines = source.split("\n");
  const imports: CompiledFile["imports"] = [];
  const functions: FunctionInfo[] = [];
  const position = (at: SourcePosition): SourcePosition => ({
    line: at.line,
    column: toSource(at.line, at.column),
  });

  // Statements that begin with `await`: their rewrite must not begin with "(", or a previous
  // line without a semicolon would swallow it as a call's arguments.
  const statementStarts = new Set<number>();
  // A statement that calls one of these and drops the result (`fetch(1);`, a forgotten
  // await) makes a coroutine CPython frees at once, warning right there: so it is checked
  // right there, through `__rt.discard`.
  const asyncNames = asyncFunctionNames(ast);
  /** Async methods to mark as coroutine functions, per class body or object literal. */
  const asyncMethods = new Map<AnyNode, { own: string[]; statics: string[] }>();
  /** The class body or object literal each member belongs to. */
  const memberOf = new Map<AnyNode, AnyNode>();
  /** How many `for await` loops so far: each gets its own iterator variables. */
  let asyncFors = 0;

  const visit = (
    node: AnyNode,
    parent: AnyNode | null,
    scope: string[],
    className: string | null,
    inFunction: boolean,
    inAsyncGenerator = false,
  ) => {
    if (node.type === "ExpressionStatement") {
      statementStarts.add(node.start);
      const call = node.expression;
      if (
        call.type === "CallExpression" &&
        call.callee.type === "Identifier" &&
        asyncNames.has(call.callee.name)
      ) {
        out.prependRight(call.start, `${rt("discard")}(`);
        out.appendLeft(call.end, ")");
      }
    }
    if (
      (node.type === "ForOfStatement" || node.type === "ForInStatement") &&
      node.left.type === "VariableDeclaration" &&
      node.left.kind.endsWith("using")
    ) {
      throw errorAt(FOR_USING, node.left.loc.start);
    }
    if (node.type === "ThrowStatement") {
      out.prependRight(node.argument.start, `${rt("raise")}(`);
      out.appendLeft(node.argument.end, ")");
    }
    if (options.handlerState !== false) {
      if (node.type === "CatchClause") handleException(node);
      if (node.type === "TryStatement" && node.finalizer) handleFinally(node);
    }
    if (node.type === "BlockStatement" || node.type === "StaticBlock") {
      lowerUsings(node.body, node.end - 1, inFunction);
    }
    if (node.type === "SwitchCase" && node.consequent.length > 0) {
      lowerUsings(node.consequent, node.consequent.at(-1).end, inFunction);
    }
    if (node.type === "ForOfStatement" && node.await) {
      rewriteForAwait(out, node, (asyncFors += 1));
      // The loop variable's text moved into the body: only the iterable and body remain.
      visit(node.right, node, scope, className, inFunction, inAsyncGenerator);
      visit(node.body, node, scope, className, inFunction, inAsyncGenerator);
      return;
    }
    if (inAsyncGenerator && node.type === "YieldExpression") {
      if (node.delegate) throw errorAt(YIELD_FROM_IN_ASYNC, node.loc.start);
      const wrap = `yield ${rt("async_gen_wrap")}(`;
      out.overwrite(node.start, node.argument ? node.argument.start : node.end, wrap);
      out.appendLeft(node.argument ? node.argument.end : node.end, ")");
    }
    if (inAsyncGenerator && node.type === "ReturnStatement" && node.argument) {
      throw errorAt(RETURN_IN_ASYNC_GENERATOR, node.loc.start);
    }
    if (node.type === "AwaitExpression" && !inFunction) {
      throw errorAt(AWAIT_OUTSIDE_FUNCTION, node.loc.start);
    }
    if (
      node.type === "CallExpression" &&
      node.callee.type === "Identifier" &&
      node.callee.name === "require" &&
      node.arguments[0]?.type === "Literal"
    ) {
      const spec = String(node.arguments[0].value);
      const line = node.loc.start.line;
      imports.push({ spec, line, column: specColumn(sourceLines[line - 1] ?? "", spec) });
    }
    // `class X extends Error` and `new Error(…)` are Python's Exception (see CompileOptions).
    const errorClass =
      node.type === "NewExpression"
        ? node.callee
        : node.type === "ClassDeclaration" || node.type === "ClassExpression"
          ? node.superClass
          : null;
    if (
      options.pythonExceptions !== false &&
      errorClass?.type === "Identifier" &&
      errorClass.name === "Error"
    ) {
      out.overwrite(errorClass.start, errorClass.end, rt("Exception"));
    }
    if (node.type === "ClassDeclaration" || node.type === "ClassExpression") {
      const name = node.id?.name ?? nameOf(node, parent) ?? "<class>";
      for (const child of children(node))
        visit(child, node, scope, name, inFunction, inAsyncGenerator);
      return;
    }
    if (isFunction(node)) {
      const isMethod = isMethodOf(parent);
      const name = nameOf(node, parent) ?? "<lambda>";
      const classMember =
        className !== null &&
        (parent?.type === "MethodDefinition" || parent?.type === "PropertyDefinition");
      const own = classMember ? `${className}.${name}` : name;
      const qualname = [...scope, own].join(".");
      const from = position((isMethod ? (parent as AnyNode) : node).loc.start);
      const to = position(node.loc.end);
      functions.push({
        name,
        qualname,
        async: node.async,
        start: from.line,
        end: to.line,
        startColumn: from.column,
        endColumn: to.column,
      });
      if (node.async) {
        rewriteAsync(out, node, parent, name, qualname, isMethod, filename);
        const key = keyName(parent?.key, parent?.computed);
        if (isMethod && key !== null && !key.startsWith("#") && !node.generator) {
          const target = memberOf.get(parent as AnyNode);
          if (target) {
            const entry = asyncMethods.get(target) ?? { own: [], statics: [] };
            (parent?.static ? entry.statics : entry.own).push(key);
            asyncMethods.set(target, entry);
          }
        }
      }
      const asyncGenerator = node.async && node.generator;
      for (const child of children(node))
        visit(child, node, [...scope, own, "<locals>"], null, true, asyncGenerator);
      return;
    }
    if (node.type === "ClassBody") {
      for (const member of node.body as AnyNode[]) memberOf.set(member, node);
    }
    if (node.type === "ObjectExpression") {
      for (const property of node.properties as AnyNode[]) memberOf.set(property, node);
    }
    if (node.type === "AwaitExpression") {
      const line = node.loc.start.line;
      const opening = statementStarts.has(node.start)
        ? `void (yield* ${rt("await_")}(`
        : `(yield* ${rt("await_")}(`;
      // `await (x as T)`: the parentheses stay around the argument (the type went with Sucrase).
      const argumentEnd = Math.max(node.argument.end, node.end);
      const keyword = body.slice(node.start, node.argument.start).includes("(")
        ? node.start + "await".length
        : node.argument.start;
      // Content only: an async arrow whose body is this await opened its coroutine here.
      out.overwrite(node.start, keyword, opening, { contentOnly: true });
      // Before whatever ends here already (an arrow's coroutine, an outer await): it closes first.
      out.prependLeft(argumentEnd, `, ${line}))`);
    }
    for (const child of children(node))
      visit(child, node, scope, className, inFunction, inAsyncGenerator);
  };
  /**
   * What goes before and after a handler's body so that `error` is being handled while it
   * runs (Python's PUSH_EXC_INFO / POP_EXCEPT), and whatever leaves it is chained to it.
   */
  const handling = (error: string, n: number): [string, string] => [
    `${rt("enter_handler")}(${error}); try {`,
    `} catch (__leaving${n}) { ${rt("chain")}(__leaving${n}); throw __leaving${n}; } finally { ${rt("exit_handler")}(); }`,
  ];

  /** How many handlers and `using`s so far: each one's names are its own. */
  let handlerCount = 0;
  /**
   * `catch (e) { body }` is Python's `except`: while the body runs, `e` is the exception being
   * handled (so one raised there, or in what it calls, gets it as `__context__`), and whatever
   * leaves the body is chained to it on the way out. The body keeps its lines: it is wrapped
   * on the lines its braces are on.
   */
  const handleException = (clause: AnyNode) => {
    const n = ++handlerCount;
    const block = clause.body as AnyNode;
    let caught = clause.param?.type === "Identifier" ? clause.param.name : `__caught${n}`;
    let binding = "";
    if (clause.param === null) {
      out.appendLeft(block.start, `(${caught}) `);
    } else if (clause.param.type !== "Identifier") {
      // A destructuring pattern binds from the exception inside the handler.
      binding = ` let ${body.slice(clause.param.start, clause.param.end)} = ${caught};`;
      out.overwrite(clause.param.start, clause.param.end, caught);
    } else {
      caught = clause.param.name;
    }
    // The body stays where it is: the handler state opens after its `{` and closes before its `}`.
    const [opening, closing] = handling(caught, n);
    out.appendLeft(block.start + 1, `${binding} ${opening}`);
    out.appendLeft(block.end - 1, ` ${closing} `);
  };

  /**
   * A `finally` block reached by an exception runs, as in Python, while that exception is
   * being handled: the statement is wrapped (on its own lines) so the exception leaving the
   * `try` (and its `catch`) is kept for the `finally` to hand to the handler state.
   */
  const handleFinally = (statement: AnyNode) => {
    const n = ++handlerCount;
    const pending = `__pending${n}`;
    const fin = statement.finalizer as AnyNode;
    // With a `catch`, the exception to keep is the one leaving try-and-catch: an outer `try`.
    const nested = statement.handler !== null;
    out.appendLeft(statement.start, `{ let ${pending}; ${nested ? "try { " : ""}`);
    out.appendLeft(
      (statement.handler ?? statement.block).end,
      `${nested ? " }" : ""} catch (__raised${n}) { ${pending} = [__raised${n}]; throw __raised${n}; }`,
    );
    out.appendLeft(fin.start + 1, ` if (${pending}) ${rt("enter_handler")}(${pending}[0]); try {`);
    out.appendLeft(
      fin.end - 1,
      ` } catch (__leaving${n}) { ${rt("chain")}(__leaving${n}); throw __leaving${n}; } finally { if (${pending}) ${rt("exit_handler")}(); } `,
    );
    out.appendLeft(statement.end, " }");
  };

  /**
   * `await using v = mgr;` is `async with mgr as v:` over the rest of the statements in
   * `list`, and `using v = mgr;` is `with`: the manager is looked up and entered where the
   * declaration was, the rest runs in a `try` opened on the same line, and at `closeAt` (the
   * end of the list) the `catch` calls the exit with the exception (re-raised unless the exit
   * says to suppress it) and the `finally` calls it with none on every other way out —
   * falling off the end, `return`, `break`, `continue` — as CPython's compiler lays out a
   * `with` statement. Several declarators nest, the first outermost.
   */
  const lowerUsings = (list: AnyNode[], closeAt: number, inFunction: boolean) => {
    for (const declaration of list) {
      if (declaration.type !== "VariableDeclaration" || !declaration.kind.endsWith("using")) {
        continue;
      }
      const awaited = declaration.kind === "await using";
      if (awaited && !inFunction) throw errorAt(AWAIT_OUTSIDE_FUNCTION, declaration.loc.start);
      // Between the initializers, each one's entry and `try {` and the next one's lookup.
      let opened = "";
      let from = declaration.start;
      for (const declarator of declaration.declarations as AnyNode[]) {
        const n = ++handlerCount;
        const [manager, raised, error] = [`__with${n}`, `__with${n}_raised`, `__with${n}_error`];
        // `__exit__` runs while the body's exception is being handled, as in Python.
        const [opening, closing] = handling(error, n);
        const line = declarator.loc.start.line;
        const target = body.slice(declarator.id.start, declarator.id.end);
        const call = (method: string, args = "") =>
          awaited
            ? `(yield* ${rt("await_")}(${manager}.${method}(${args}), ${line}))`
            : `${manager}.${method}(${args})`;
        const begin = rt(awaited ? "async_with_statement" : "with_statement");
        out.overwrite(from, declarator.init.start, `${opened}const ${manager} = ${begin}(`);
        opened = `); const ${target} = ${call("enter")}; let ${raised} = false; try { `;
        from = declarator.init.end;
        // The first declarator's exit comes last: each later one closes before it.
        out.prependLeft(
          closeAt,
          ` } catch (${error}) { ${raised} = true; ${opening} if (!${call("exit", error)}) throw ${error}; ${closing} } finally { if (!${raised}) ${call("exit")}; }`,
        );
      }
      out.overwrite(from, declaration.end, opened.trimEnd());
    }
  };
  lowerUsings(ast.body, ast.body.at(-1)?.end ?? 0, false);
  for (const statement of ast.body as AnyNode[]) visit(statement, ast, [], null, false);

  // Async methods are marked where they are defined: a class from a static block at the end
  // of its body (it runs as the class is created), an object literal by wrapping it — inside
  // whatever already wraps the literal, hence appendRight/prependLeft.
  const mark = rt("mark_coroutine_methods");
  for (const [holder, { own, statics }] of asyncMethods) {
    if (holder.type === "ClassBody") {
      const calls = [
        own.length ? `${mark}(this.prototype, ${JSON.stringify(own)});` : "",
        statics.length ? `${mark}(this, ${JSON.stringify(statics)});` : "",
      ].join(" ");
      out.appendLeft(holder.end - 1, `; static { ${calls.trim()} }`);
    } else {
      out.appendRight(holder.start, `${mark}(`);
      out.prependLeft(holder.end, `, ${JSON.stringify(own)})`);
    }
  }

  const code = out.toString();
  const finalColumns = out.generateDecodedMap({ hires: true }).mappings;
  const columns = code
    .split("\n")
    .map((_, line) =>
      compact(
        (finalColumns[line] ?? [])
          .filter((segment) => segment.length >= 4)
          .map(
            (segment) =>
              [segment[0], toSource(line + 1, (segment as number[])[3])] as [number, number],
          ),
      ),
    );
  return { code, prologue, imports, functions, columns };
}

function rewriteAsync(
  out: MagicString,
  fn: AnyNode,
  parent: AnyNode | null,
  name: string,
  qualname: string,
  isMethod: boolean,
  filename: string,
): void {
  const line = fn.loc.start.line;
  const meta = `${JSON.stringify(name)}, ${JSON.stringify(qualname)}, ${filename}, ${line}`;
  // Drop the `async` keyword: on the function itself, or on the method that owns it.
  const owner = isMethod ? (parent as AnyNode) : fn;
  const keywordEnd = isMethod ? owner.key.start : fn.body.start;
  const at = asyncKeyword(out.original, owner.start, keywordEnd);
  if (at !== null) out.remove(at, at + "async".length);

  if (fn.generator) {
    // `async function* name(…) {`: the star goes with `async`, the generator is inside.
    const star = out.original.indexOf("*", at ?? owner.start);
    out.remove(star, star + 1);
  }
  const wrap = rt(fn.generator ? "async_generator" : "coroutine");
  const mark = rt(fn.generator ? "mark_async_generator_function" : "mark_coroutine_function");
  const body = fn.body as AnyNode;
  // An arrow keeps its lexical `this`; a function passes on its own `this` and arguments.
  const invoke = fn.type === "ArrowFunctionExpression" ? ".call(this)" : ".apply(this, arguments)";
  if (body.type === "BlockStatement") {
    out.appendLeft(body.start + 1, ` return ${wrap}((function* () {`);
    out.prependRight(body.end - 1, `})${invoke}, ${meta}); `);
  } else {
    out.prependRight(body.start, `${wrap}((function* () { return (`);
    out.appendLeft(body.end, `); })${invoke}, ${meta})`);
  }
  if (fn.type === "FunctionDeclaration" && fn.id) {
    out.appendLeft(fn.end, ` ${mark}(${fn.id.name});`);
  } else if (!isMethod) {
    out.prependRight(fn.start, `${mark}(`);
    out.appendLeft(fn.end, ")");
  }
}

/**
 * `for await (LEFT of RIGHT) BODY` — Python's `async for` — becomes
 * `for (let ai = async_for_iter(RIGHT), an; !(an = yield* async_for_next(ai, line)).done; ) {
 * LEFT = an.value; BODY }`, on the lines it was written on. Leaving the loop (break, return,
 * an exception) closes nothing, as in Python.
 */
function rewriteForAwait(out: MagicString, node: AnyNode, n: number): void {
  const line = node.loc.start.line;
  const text = out.original;
  const iterator = `__aiter${n}`;
  const next = `__anext${n}`;
  const left = node.left as AnyNode;
  const target =
    left.type === "VariableDeclaration"
      ? `${left.kind} ${text.slice(left.declarations[0].id.start, left.declarations[0].id.end)}`
      : text.slice(left.start, left.end);
  // Whatever newlines the replaced parts of the head held stay, so no line moves.
  const newlines = (from: number, to: number) =>
    "\n".repeat(text.slice(from, to).split("\n").length - 1);
  out.overwrite(
    node.start,
    node.right.start,
    `for (let ${iterator} = ${rt("async_for_iter")}(${newlines(node.start, node.right.start)}`,
  );
  out.overwrite(
    node.right.end,
    node.body.start,
    `), ${next}; !(${next} = yield* ${rt("async_for_next")}(${iterator}, ${line})).done; ) ${newlines(node.right.end, node.body.start)}`,
  );
  const assign = `${target} = ${next}.value;`;
  if (node.body.type === "BlockStatement") {
    out.appendLeft(node.body.start + 1, ` ${assign}`);
  } else {
    out.prependRight(node.body.start, `{ ${assign} `);
    out.appendLeft(node.body.end, " }");
  }
}

/** The reader's 1-based column for a 1-based column of `compiled.code` on `line`. */
export function sourceColumn(compiled: CompiledFile, line: number, column: number): number {
  return mapColumn(compiled.columns[line - 1], column - 1) + 1;
}
