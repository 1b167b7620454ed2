/**
 * How a prediction is graded (src/components/predict/exercise.ts): the lines a chapter asks
 * for come from the demo's CPython output, never start out in the right order, and a run's
 * output grades the reader's order or number — or says it cannot, when the code was edited.
 */
import { describe, expect, test } from "vitest";
import { gradeNumber, gradeOrder, makeExercise } from "../../src/components/predict/exercise.ts";

const OUTPUT = "-- header --\nstart a\nstart b\nend a\nend b\ntook 1 s\n";

describe("ordering lines", () => {
  const exercise = makeExercise({ demo: "x", lines: "2-5" }, OUTPUT);
  if (exercise.kind !== "order") throw new Error("an order exercise");

  test("asks for the chosen lines, shuffled out of order", () => {
    expect(exercise.answer).toEqual(["start a", "start b", "end a", "end b"]);
    expect([...exercise.shuffled].sort()).toEqual([...exercise.answer].sort());
    expect(exercise.shuffled).not.toEqual(exercise.answer);
  });

  test("grades the order against what the run printed", () => {
    expect(gradeOrder(exercise, exercise.answer, OUTPUT)).toEqual({ kind: "right" });
    const guess = ["start b", "start a", "end a", "end b"];
    expect(gradeOrder(exercise, guess, OUTPUT)).toEqual({
      kind: "wrong",
      printed: exercise.answer,
      misplaced: 2,
    });
  });

  test("does not grade a run that printed other lines", () => {
    expect(gradeOrder(exercise, exercise.answer, "-- header --\nsomething else\n")).toEqual({
      kind: "other-output",
    });
  });

  test("refuses ranges it cannot grade", () => {
    expect(() => makeExercise({ demo: "x", lines: "5-9" }, OUTPUT)).toThrow(/two or more/);
    expect(() => makeExercise({ demo: "x", lines: "3" }, OUTPUT)).toThrow(/first-last/);
    expect(() => makeExercise({ demo: "x", lines: "1-2" }, "same\nsame\n")).toThrow(/all the same/);
  });
});

describe("guessing a number", () => {
  const props = { demo: "x", number: "took (\\d+) s", question: "How long?" };
  const exercise = makeExercise(props, OUTPUT);
  if (exercise.kind !== "number") throw new Error("a number exercise");

  test("reads the answer from the output", () => {
    expect(exercise.answer).toBe(1);
    expect(gradeNumber(exercise, 1, OUTPUT)).toEqual({ kind: "right-number", answer: 1 });
    expect(gradeNumber(exercise, 2, OUTPUT)).toEqual({ kind: "wrong-number", answer: 1 });
    expect(gradeNumber(exercise, 1, "no timing here\n")).toEqual({ kind: "other-output" });
  });

  test("needs a pattern that matches and a question", () => {
    expect(() => makeExercise({ ...props, number: "never (\\d+)" }, OUTPUT)).toThrow(/captures no/);
    expect(() => makeExercise({ ...props, question: "How long" }, OUTPUT)).toThrow(/question/);
    // A Chinese page asks with the full-width question mark.
    expect(makeExercise({ ...props, question: "要多久？" }, OUTPUT).kind).toBe("number");
    expect(() => makeExercise({ ...props, question: "要多久" }, OUTPUT)).toThrow(/question/);
    expect(() => makeExercise({ demo: "x" }, OUTPUT)).toThrow(/exactly one/);
  });
});
