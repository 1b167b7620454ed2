/**
 * How CPython binds a call's keyword arguments, for the runtime's functions and classes that
 * take them as a trailing options object (the conventions' "keyword arguments become an options
 * object with the same names"). A name the signature lacks raises the TypeError CPython's
 * `initialize_locals` (Python/ceval.c) raises, with the "Did you mean" of Python/suggestions.c.
 */
import { isPlainObject, type_name } from "./print.ts";

/** Whether `value` is an options object (keyword arguments), not a positional value. */
export function isKeywords(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && isPlainObject(value);
}

/**
 * Checks the keyword arguments of a call to `fn` (its qualified name, `Lock.__init__` for a
 * constructor) whose parameters are `params` in the order the code object lists them (`self`
 * first for a method), the first `given` of them already passed positionally.
 */
export function check_keywords(
  fn: string,
  params: readonly string[],
  given: number,
  kwargs: object,
): void {
  for (const name of Object.keys(kwargs)) {
    const index = params.indexOf(name);
    if (index >= 0 && index < given) {
      throw new TypeError(`${fn}() got multiple values for argument '${name}'`);
    }
    if (index < 0) {
      const suggestion = calculate_suggestions(params, name);
      throw new TypeError(
        `${fn}() got an unexpected keyword argument '${name}'` +
          (suggestion === null ? "" : `. Did you mean '${suggestion}'?`),
      );
    }
  }
}

/** Whether Python's arithmetic and comparisons take `value` as a number (bools are ints). */
export function is_number(value: unknown): value is number | boolean {
  return typeof value === "number" || typeof value === "boolean";
}

/** What Python raises for `a <op> b` when one side is not a number: `'<=' not supported …`. */
export function unsupported_comparison(op: string, a: unknown, b: unknown): TypeError {
  return new TypeError(
    `'${op}' not supported between instances of '${type_name(a)}' and '${type_name(b)}'`,
  );
}

/**
 * What Python raises for `a <op> b` when `b` is not a number (`a` named by its type, as the
 * loop's clock is a float even at a whole second): `unsupported operand type(s) for +: …`.
 */
export function unsupported_operand(op: string, a: string, b: unknown): TypeError {
  return new TypeError(`unsupported operand type(s) for ${op}: '${a}' and '${type_name(b)}'`);
}

/** `fn() missing 1 required positional argument: 'name'` */
export function missing_positional(fn: string, name: string): TypeError {
  return new TypeError(`${fn}() missing 1 required positional argument: '${name}'`);
}

// Python/suggestions.c: candidates beyond these sizes are not searched.
const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitution_cost(a: string, b: string): number {
  if (a === b) return 0;
  // A case flip of an ASCII letter costs less than any other change.
  if (/^[A-Za-z]$/.test(a) && a.toLowerCase() === b.toLowerCase()) return CASE_COST;
  return MOVE_COST;
}

/** The Levenshtein distance of `a` and `b`, or more than `max_cost` once it cannot be within. */
function levenshtein_distance(a: string, b: string, max_cost: number): number {
  if (a === b) return 0;
  // Trim away common affixes.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  a = a.slice(start);
  b = b.slice(start);
  let end = 0;
  while (end < a.length && end < b.length && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  a = a.slice(0, a.length - end);
  b = b.slice(0, b.length - end);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return max_cost + 1;
  // Prefer the shorter buffer.
  if (b.length < a.length) [a, b] = [b, a];
  // Quick fail when a match is impossible.
  if ((b.length - a.length) * MOVE_COST > max_cost) return max_cost + 1;
  // One row of the len(a)-by-len(b) matrix, updated in place: cost from b[:0] to a[:i+1].
  const row = Array.from(a, (_, i) => (i + 1) * MOVE_COST);
  let result = 0;
  for (let bIndex = 0; bIndex < b.length; bIndex++) {
    let distance = bIndex * MOVE_COST;
    result = distance;
    let minimum = Number.POSITIVE_INFINITY;
    for (let index = 0; index < a.length; index++) {
      // 1) substitute: cost(b[:bIndex], a[:index]) plus this pair's cost
      const substitute = distance + substitution_cost(b[bIndex]!, a[index]!);
      // 2) cost(b[:bIndex], a[:index+1]) from the previous row
      distance = row[index]!;
      // 3) the result so far is cost(b[:bIndex+1], a[:index])
      result = Math.min(Math.min(result, distance) + MOVE_COST, substitute);
      row[index] = result;
      if (result < minimum) minimum = result;
    }
    // Everything in this row is too big, so bail early.
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

/** The candidate closest to `name` (no more than a third of the characters changed), or null. */
function calculate_suggestions(candidates: readonly string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  let suggestionDistance = Number.POSITIVE_INFINITY;
  let suggestion: string | null = null;
  for (const item of candidates) {
    if (item === name) continue;
    // No more than 1/3 of the involved characters should need changed, and no match we have
    // already beaten.
    const maxDistance = Math.min(
      Math.floor(((name.length + item.length + 3) * MOVE_COST) / 6),
      suggestionDistance - 1,
    );
    const distance = levenshtein_distance(name, item, maxDistance);
    if (distance > maxDistance) continue;
    if (suggestion === null || distance < suggestionDistance) {
      suggestion = item;
      suggestionDistance = distance;
    }
  }
  return suggestion;
}

/**
 * Binds a call's arguments as CPython binds them to a signature whose parameters are `params`
 * (after `self`, for a method: `fn` names it, as `Queue.__init__`), the first `required` of them
 * without a default: positional values in order, then a trailing options object by name.
 * Returns the values given, by name; raises CPython's TypeError for too many positional
 * arguments, an unknown or repeated keyword, or a missing required argument.
 */
export function bind(
  fn: string,
  params: readonly string[],
  required: number,
  args: readonly unknown[],
): Record<string, unknown> {
  const method = fn.includes(".");
  const positional = [...args];
  const kwargs = isKeywords(positional.at(-1)) ? (positional.pop() as Record<string, unknown>) : {};
  const self = method ? 1 : 0;
  if (positional.length > params.length) {
    const takes =
      required === params.length
        ? `${params.length + self}`
        : `from ${required + self} to ${params.length + self}`;
    const plural = takes === "1" ? "argument" : "arguments";
    const n = positional.length + self;
    throw new TypeError(
      `${fn}() takes ${takes} positional ${plural} but ${n} ${n === 1 ? "was" : "were"} given`,
    );
  }
  check_keywords(fn, method ? ["self", ...params] : params, positional.length + self, kwargs);
  const bound: Record<string, unknown> = {};
  params.forEach((name, i) => {
    if (i < positional.length) bound[name] = positional[i];
    else if (Object.hasOwn(kwargs, name)) bound[name] = kwargs[name];
    else if (i < required) throw missing_positional(fn, name);
  });
  return bound;
}
