/**
 * The playground compiler. A demo's TypeScript becomes JavaScript the runtime can run:
 * Sucrase strips the types and turns imports into `require` calls (keeping every line where
 * it was), then Acorn parses the result and MagicString rewrites each `async` function into
 * an ordinary function returning a generator-backed coroutine, and each `await e` into
 * `(yield* __rt.await_(e, line))` — Python's `await` is `yield from`. No line is added or
 * removed, so an error's line in the compiled code is the line the reader wrote.
 */
import { type Node, Parser } from "acorn";
import MagicString from "magic-string";
import { transform } from "sucrase";

/** The modules every playground can import besides its own files. */
export const BUILTIN_MODULES = ["asyncio", "time"] as const;

/** A compile error, positioned in the user's source (1-based line and column). */
export class CompileError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  constructor(message: string, file: string, line: number, column: number) {
    super(message);
    this.name = "SyntaxError";
    this.file = file;
    this.line = line;
    this.column = column;
  }
}

export interface CompiledFile {
  /** The JavaScript to evaluate (a CommonJS-style module body). */
  code: string;
  /** The modules it requires, as written (`asyncio`, `./worker`), and where. */
  imports: { spec: string; line: number; column: number }[];
  /** Every function's Python-style qualname and the lines it spans, for tracebacks. */
  functions: { qualname: string; start: number; end: number }[];
}

type AnyNode = Omit<Node, "loc"> & {
  loc: { start: { line: number; column: number }; end: { line: number; column: number } };
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

/** A function's name as Python would know it, from its id or where it is assigned. */
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

function sucraseError(error: unknown, file: string): CompileError {
  const loc = (error as { loc?: { line: number; column: number } }).loc;
  const message = (error as Error).message
    .replace(/^Error transforming [^:]+: /, "")
    .replace(/ \(\d+:\d+\)$/, "");
  // Sucrase's columns count from 1, as Python's do.
  return new CompileError(`invalid syntax: ${message}`, file, loc?.line ?? 1, loc?.column ?? 1);
}

/**
 * Python has no top-level `await` outside an async function; neither does a playground. The
 * CommonJS output cannot hold one, so look for it in the plain ES-module output and say so.
 */
function topLevelAwait(source: string, file: string): CompileError | null {
  try {
    const esm = transform(source, {
      transforms: ["typescript"],
      filePath: file,
      disableESTransforms: true,
    }).code;
    const ast = Parser.parse(esm, {
      ecmaVersion: "latest",
      sourceType: "module",
      locations: true,
    }) as unknown as AnyNode;
    let found: AnyNode | null = null;
    const visit = (node: AnyNode) => {
      if (found || isFunction(node)) return;
      if (node.type === "AwaitExpression" || (node.type === "ForOfStatement" && node.await))
        found = node;
      else for (const child of children(node)) visit(child);
    };
    visit(ast);
    if (found === null) return null;
    const { line, column } = (found as AnyNode).loc.start;
    return new CompileError(AWAIT_OUTSIDE, file, line, column + 1);
  } catch {
    return null;
  }
}

const AWAIT_OUTSIDE =
  "'await' outside async function (a playground has no top-level await: put the code in an async function and run it with asyncio.run)";

/** Compiles one file; throws CompileError with the user's line and column. */
export function compileFile(source: string, file: string): CompiledFile {
  let stripped: string;
  try {
    stripped = transform(source, {
      transforms: ["typescript", "imports"],
      filePath: file,
      disableESTransforms: true,
      // An import of a module that does not exist must fail even if nothing uses it.
      keepUnusedImports: true,
    }).code;
  } catch (error) {
    throw topLevelAwait(source, file) ?? sucraseError(error, file);
  }

  let ast: AnyNode;
  try {
    ast = Parser.parse(stripped, {
      ecmaVersion: "latest",
      sourceType: "script",
      locations: true,
      allowReturnOutsideFunction: false,
    }) as unknown as AnyNode;
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc ?? { line: 1, column: 0 };
    const raw = (error as Error).message.replace(/ \(\d+:\d+\)$/, "");
    const message =
      /await/.test(raw) && /async/.test(raw) ? AWAIT_OUTSIDE : `invalid syntax: ${raw}`;
    throw new CompileError(message, file, loc.line, loc.column + 1);
  }

  const out = new MagicString(stripped);
  const imports: CompiledFile["imports"] = [];
  const functions: CompiledFile["functions"] = [];
  const fail = (node: AnyNode, message: string): never => {
    throw new CompileError(message, file, node.loc.start.line, node.loc.start.column + 1);
  };

  // Statements that begin with `await`: their rewrite must not begin with "(", or a previous
  // line without a semicolon would swallow it as a call's arguments.
  const statementStarts = new Set<number>();
  const visit = (
    node: AnyNode,
    parent: AnyNode | null,
    scope: string[],
    className: string | null,
  ) => {
    if (node.type === "ExpressionStatement") statementStarts.add(node.start);
    if (node.type === "ForOfStatement" && node.await) {
      fail(
        node,
        "'for await' is not supported in a playground: loop over the awaitables and await each one (for example `for (const next of asyncio.as_completed(aws)) await next`)",
      );
    }
    if (
      node.type === "CallExpression" &&
      node.callee.type === "Identifier" &&
      node.callee.name === "require" &&
      node.arguments[0]?.type === "Literal"
    ) {
      imports.push({
        spec: String(node.arguments[0].value),
        line: node.loc.start.line,
        column: node.loc.start.column + 1,
      });
    }
    if (node.type === "ClassDeclaration" || node.type === "ClassExpression") {
      const name = node.id?.name ?? nameOf(node, parent) ?? "<class>";
      for (const child of children(node)) visit(child, node, scope, name);
      return;
    }
    if (isFunction(node)) {
      const own = nameOf(node, parent);
      const isMethod =
        parent?.type === "MethodDefinition" ||
        (parent?.type === "Property" && (parent.method || parent.kind !== "init"));
      const name = own ?? "<lambda>";
      const qualname = [...scope, isMethod && className ? `${className}.${name}` : name].join(".");
      functions.push({ qualname, start: node.loc.start.line, end: node.loc.end.line });
      if (node.async) {
        if (node.generator) {
          fail(
            node,
            "async generators (async function*) are not supported in a playground: return a list, or use an asyncio.Queue",
          );
        }
        rewriteAsync(out, node, parent, name, qualname, isMethod);
      }
      for (const child of children(node))
        visit(
          child,
          node,
          [...scope, isMethod && className ? `${className}.${name}` : name, "<locals>"],
          null,
        );
      return;
    }
    if (node.type === "AwaitExpression") {
      const line = node.loc.start.line;
      const opening = statementStarts.has(node.start)
        ? "void (yield* __rt.await_("
        : "(yield* __rt.await_(";
      out.overwrite(node.start, node.argument.start, opening);
      out.appendLeft(node.argument.end, `, ${line}))`);
    }
    for (const child of children(node)) visit(child, node, scope, className);
  };

  for (const statement of ast.body as AnyNode[]) visit(statement, ast, [], null);
  return { code: out.toString(), imports, functions };
}

function rewriteAsync(
  out: MagicString,
  fn: AnyNode,
  parent: AnyNode | null,
  name: string,
  qualname: string,
  isMethod: boolean,
): void {
  const line = fn.loc.start.line;
  const meta = `${JSON.stringify(name)}, ${JSON.stringify(qualname)}, __filename, ${line}`;
  // Drop the `async` keyword: on the function itself, or on the method that owns it.
  const owner = isMethod ? (parent as AnyNode) : fn;
  const text = out.original.slice(owner.start, fn.body.start);
  const asyncAt = text.search(/\basync\b/);
  if (asyncAt >= 0) out.remove(owner.start + asyncAt, owner.start + asyncAt + "async".length);

  const body = fn.body as AnyNode;
  const isArrow = fn.type === "ArrowFunctionExpression";
  const invoke = isArrow ? ".call(this)" : ".apply(this, arguments)";
  if (body.type === "BlockStatement") {
    out.appendLeft(body.start + 1, ` return __rt.coroutine((function* () {`);
    out.prependRight(body.end - 1, `})${invoke}, ${meta}); `);
  } else {
    out.prependRight(body.start, `__rt.coroutine((function* () { return (`);
    out.appendLeft(body.end, `); })${invoke}, ${meta})`);
  }
  if (fn.type === "FunctionDeclaration" && fn.id) {
    out.appendLeft(fn.end, ` __rt.mark_coroutine_function(${fn.id.name});`);
  } else if (!isMethod) {
    out.prependRight(fn.start, "__rt.mark_coroutine_function(");
    out.appendLeft(fn.end, ")");
  }
}

/** Where a relative import points among the demo's files, or null. */
export function resolveImport(spec: string, files: Record<string, string>): string | null {
  if (!spec.startsWith("./")) return null;
  const bare = spec.slice(2);
  for (const candidate of [bare, `${bare}.ts`]) if (candidate in files) return candidate;
  return null;
}

/**
 * Compiles `entry` and every file it imports, directly or not; every import must be a
 * built-in module or one of the demo's files.
 */
export function compile(
  files: Record<string, string>,
  entry: string,
): Record<string, CompiledFile> {
  const compiled: Record<string, CompiledFile> = {};
  const available = [...BUILTIN_MODULES, ...Object.keys(files).map((name) => `./${name}`)];
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (file in compiled) continue;
    const result = compileFile(files[file], file);
    compiled[file] = result;
    for (const { spec, line } of result.imports) {
      if ((BUILTIN_MODULES as readonly string[]).includes(spec)) continue;
      const target = resolveImport(spec, files);
      if (target !== null) {
        pending.push(target);
        continue;
      }
      // Sucrase moves helpers onto line 1, so columns there are not the reader's: point at
      // the module's name in the line as written.
      const text = files[file].split("\n")[line - 1] ?? "";
      const column = Math.max(text.indexOf(`"${spec}"`), text.indexOf(`'${spec}'`)) + 1 || 1;
      throw new CompileError(
        `No module named '${spec}' (a playground can import: ${available.join(", ")})`,
        file,
        line,
        column,
      );
    }
  }
  return compiled;
}
