/**
 * A chapter's prediction as an exercise: which lines of the demo's output the reader puts in
 * order, or which number they guess, and how a run's real output grades the attempt. Pure
 * functions: the chapter's component builds the exercise at build time from the demo's
 * expected.txt, the widget grades in the browser, and the teaching-structure test checks that
 * every chapter's exercise can be graded.
 */

/** What a chapter asks, as written in its MDX (`<Predict demo lines="8-13" />`). */
export interface PredictProps {
  demo: string;
  /** Order these lines of the output: "first-last", 1-based and inclusive. */
  lines?: string;
  /** Guess a number: the output's first match of this pattern; its one group is the number. */
  number?: string;
  /** The question for a number, e.g. "How many seconds does the second half take?". */
  question?: string;
  /** What the number counts, shown after the field ("seconds"). */
  unit?: string;
}

export type Exercise =
  | { kind: "order"; demo: string; first: number; answer: string[]; shuffled: string[] }
  | {
      kind: "number";
      demo: string;
      pattern: string;
      question: string;
      unit: string;
      answer: number;
    };

const outputLines = (text: string) => text.replace(/\n$/, "").split("\n");

function parseRange(range: string): [number, number] {
  const match = /^(\d+)-(\d+)$/.exec(range.trim());
  if (!match) throw new Error(`lines="${range}" should be "first-last", such as "2-6"`);
  return [Number(match[1]), Number(match[2])];
}

/** The number `pattern` captures in `output`, or null when it does not match. */
export function capturedNumber(pattern: string, output: string): number | null {
  const match = new RegExp(pattern, "m").exec(output);
  if (!match || match[1] === undefined) return null;
  const value = Number(match[1]);
  return Number.isFinite(value) ? value : null;
}

/** A small seeded generator (mulberry32), so every build shuffles a demo's lines the same way. */
function seeded(text: string): () => number {
  let seed = 0;
  for (const char of text) seed = (Math.imul(seed, 31) + char.charCodeAt(0)) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** The lines in an order that is not the answer (a reader should never start out right). */
function shuffle(lines: string[], seed: string): string[] {
  const random = seeded(seed);
  const result = [...lines];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  if (sameLines(result, lines)) result.push(result.shift() as string);
  return result;
}

const sameLines = (a: string[], b: string[]) =>
  a.length === b.length && a.every((line, i) => line === b[i]);

/**
 * The exercise a chapter's props describe, made from the demo's CPython output; an error
 * that says what is wrong when it cannot be graded (a range past the output, lines that are
 * all the same, a pattern that does not match).
 */
export function makeExercise(props: PredictProps, expected: string): Exercise {
  const where = `<Predict demo="${props.demo}">`;
  if ((props.lines === undefined) === (props.number === undefined)) {
    throw new Error(`${where} needs exactly one of lines="first-last" or number="pattern"`);
  }
  if (props.lines !== undefined) {
    const [first, last] = parseRange(props.lines);
    const all = outputLines(expected);
    if (first < 1 || last > all.length || last - first < 1) {
      throw new Error(
        `${where}: lines="${props.lines}" must be two or more of its ${all.length} lines`,
      );
    }
    const answer = all.slice(first - 1, last);
    if (new Set(answer).size < 2)
      throw new Error(`${where}: lines ${props.lines} are all the same`);
    return {
      kind: "order",
      demo: props.demo,
      first,
      answer,
      shuffled: shuffle(answer, props.demo),
    };
  }
  const pattern = props.number as string;
  const answer = capturedNumber(pattern, expected);
  if (answer === null)
    throw new Error(`${where}: number="${pattern}" captures no number in its output`);
  // A question ends in a question mark: ASCII, or the full-width one Chinese writes.
  const question = props.question ?? "";
  if (!/[?？]/.test(question)) throw new Error(`${where} needs a question="…?" for its number`);
  return {
    kind: "number",
    demo: props.demo,
    pattern,
    question,
    unit: props.unit ?? "",
    answer,
  };
}

export type Grade =
  | { kind: "right" }
  | { kind: "wrong"; printed: string[]; misplaced: number }
  | { kind: "wrong-number"; answer: number }
  | { kind: "right-number"; answer: number }
  /** The run printed something the exercise cannot be graded against: edited code. */
  | { kind: "other-output" };

/** Grades the reader's order against what a run printed on stdout. */
export function gradeOrder(
  exercise: Extract<Exercise, { kind: "order" }>,
  guess: string[],
  stdout: string,
): Grade {
  const printed = outputLines(stdout).slice(
    exercise.first - 1,
    exercise.first - 1 + exercise.answer.length,
  );
  if (!sameLines([...printed].sort(), [...exercise.answer].sort())) return { kind: "other-output" };
  const misplaced = guess.filter((line, i) => line !== printed[i]).length;
  return misplaced === 0 ? { kind: "right" } : { kind: "wrong", printed, misplaced };
}

/** Grades the reader's number against the one a run printed. */
export function gradeNumber(
  exercise: Extract<Exercise, { kind: "number" }>,
  guess: number,
  stdout: string,
): Grade {
  const answer = capturedNumber(exercise.pattern, stdout);
  if (answer === null) return { kind: "other-output" };
  return guess === answer ? { kind: "right-number", answer } : { kind: "wrong-number", answer };
}
