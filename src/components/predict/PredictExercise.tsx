/**
 * A chapter's prediction, graded: the reader orders the demo's output lines (or types a
 * number), presses Run in the playground, and the run's real output grades the attempt.
 * The attempt is kept with the reader's progress.
 */
import { useEffect, useId, useRef, useState } from "react";
import type { Lang } from "../../i18n/lang.ts";
import { LangContext, type Translate, useT } from "../../i18n/react.ts";
import { recordPrediction } from "../../lib/progress.ts";
import { onRun } from "./events.ts";
import { type Exercise, type Grade, gradeNumber, gradeOrder } from "./exercise.ts";

type NumberExercise = Extract<Exercise, { kind: "number" }>;

/** What the reader sees of a grade: one sentence, and whether it counts as right. */
function verdict(
  t: Translate,
  grade: Grade,
  guess: string,
  count: number,
): { text: string; right?: boolean } {
  switch (grade.kind) {
    case "right":
      return { text: t("predict.right"), right: true };
    case "wrong":
      return { text: t("predict.wrongOrder", { wrong: grade.misplaced, count }), right: false };
    case "right-number":
      return { text: t("predict.rightNumber", { answer: grade.answer }), right: true };
    case "wrong-number":
      return { text: t("predict.wrongNumber", { guess, answer: grade.answer }), right: false };
    case "other-output":
      return { text: t("predict.otherOutput") };
  }
}

/** The outcome of the latest run, as the exercise shows it. */
type Outcome = { grade: Grade; guess: string } | "ungraded" | null;

/** The exercise, in the page's language (`lang`: its controls and verdicts are in it). */
export default function PredictExercise({ exercise, lang }: { exercise: Exercise; lang: Lang }) {
  return (
    <LangContext value={lang}>
      <Graded exercise={exercise} />
    </LangContext>
  );
}

function Graded({ exercise }: { exercise: Exercise }) {
  const t = useT();
  const [order, setOrder] = useState(
    exercise.kind === "order" ? exercise.shuffled : ([] as string[]),
  );
  const [value, setValue] = useState("");
  const [touched, setTouched] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // Until it has hydrated, the page's copy cannot take an answer: its controls are disabled.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  // The run handler reads the reader's latest answer without re-subscribing on every move.
  const latest = useRef({ order, value, touched, outcome });
  latest.current = { order, value, touched, outcome };

  useEffect(
    () =>
      onRun(exercise.demo, (stdout) => {
        const { order, value, touched, outcome } = latest.current;
        if (outcome !== null) return; // graded already: "Try again" to predict anew
        if (!touched) return setOutcome("ungraded");
        const guess = exercise.kind === "order" ? order.join("\n") : value;
        const grade =
          exercise.kind === "order"
            ? gradeOrder(exercise, order, stdout)
            : gradeNumber(exercise, Number(value), stdout);
        const { right } = verdict(t, grade, guess, order.length);
        if (right !== undefined) recordPrediction(exercise.demo, right);
        setOutcome({ grade, guess });
      }),
    [exercise, t],
  );

  const again = () => setOutcome(null);
  const graded = outcome !== null;
  const result =
    outcome === null
      ? { text: t("predict.waiting") }
      : outcome === "ungraded"
        ? { text: t("predict.ungraded") }
        : verdict(t, outcome.grade, outcome.guess, order.length);

  return (
    <section
      className="predict not-content"
      data-predict={exercise.demo}
      data-result={result.right === undefined ? "none" : result.right ? "right" : "wrong"}
      aria-label={t(exercise.kind === "order" ? "predict.order.title" : "predict.number.title")}
    >
      {exercise.kind === "order" ? (
        <OrderLines
          order={order}
          locked={graded || !ready}
          onReorder={(next) => {
            setOrder(next);
            setTouched(true);
          }}
          printed={
            outcome !== null && outcome !== "ungraded" && outcome.grade.kind === "wrong"
              ? outcome.grade.printed
              : null
          }
        />
      ) : (
        <NumberField
          exercise={exercise}
          value={value}
          locked={graded || !ready}
          onChange={(next) => {
            setValue(next);
            setTouched(next.trim() !== "");
          }}
        />
      )}
      <div className="predict-result">
        <p role="status" className="predict-verdict">
          {result.right !== undefined && (
            <span className="predict-mark" aria-hidden="true">
              {result.right ? "✓" : "✗"}
            </span>
          )}
          {result.text}
        </p>
        {graded && (
          <button type="button" className="predict-button" onClick={again}>
            {t("predict.again")}
          </button>
        )}
      </div>
    </section>
  );
}

/** The lines to order: a listbox whose selected line moves with Alt+↑/↓, its buttons, or a drag. */
function OrderLines({
  order,
  locked,
  onReorder,
  printed,
}: {
  order: string[];
  locked: boolean;
  onReorder: (order: string[]) => void;
  printed: string[] | null;
}) {
  const t = useT();
  const id = useId();
  const [selected, setSelected] = useState(0);
  const [dragged, setDragged] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const list = useRef<HTMLDivElement>(null);

  const move = (from: number, to: number) => {
    if (locked || to < 0 || to >= order.length || from === to) return;
    const next = [...order];
    const [line] = next.splice(from, 1);
    next.splice(to, 0, line);
    onReorder(next);
    setSelected(to);
    setAnnouncement(t("predict.moved", { line, position: to + 1, count: order.length }));
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const step = event.key === "ArrowUp" ? -1 : event.key === "ArrowDown" ? 1 : 0;
    if (step !== 0) {
      event.preventDefault();
      if (event.altKey) move(selected, selected + step);
      else setSelected(Math.min(order.length - 1, Math.max(0, selected + step)));
    } else if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      setSelected(event.key === "Home" ? 0 : order.length - 1);
    }
  };

  const optionId = (i: number) => `${id}-line-${i}`;
  return (
    <>
      <p className="predict-title" id={`${id}-title`}>
        {t("predict.order.title")}
      </p>
      <p className="predict-help" id={`${id}-help`}>
        {t("predict.order.help")}
      </p>
      <div className="predict-order">
        <div
          ref={list}
          className="predict-lines"
          role="listbox"
          tabIndex={0}
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-help`}
          aria-activedescendant={optionId(selected)}
          aria-disabled={locked}
          onKeyDown={onKeyDown}
        >
          {order.map((line, i) => {
            const mark = printed === null ? null : printed[i] === line;
            // Lines may repeat: a line is its text and how many copies of it come before.
            const copy = order.slice(0, i).filter((other) => other === line).length;
            // The listbox takes the keys (aria-activedescendant): a click on a line selects it.
            return (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keyboard
              <div
                key={`${line}\n${copy}`}
                id={optionId(i)}
                role="option"
                tabIndex={-1}
                aria-selected={i === selected}
                className="predict-line"
                data-mark={mark === null ? undefined : mark ? "right" : "wrong"}
                draggable={!locked}
                onClick={() => setSelected(i)}
                onDragStart={(event) => {
                  setDragged(i);
                  event.dataTransfer.effectAllowed = "move";
                  event.dataTransfer.setData("text/plain", line);
                }}
                onDragOver={(event) => {
                  if (dragged !== null) event.preventDefault();
                }}
                onDrop={(event) => {
                  event.preventDefault();
                  if (dragged !== null) move(dragged, i);
                  setDragged(null);
                  list.current?.focus();
                }}
                onDragEnd={() => setDragged(null)}
              >
                <span className="predict-position" aria-hidden="true">
                  {i + 1}
                </span>
                <code>{line}</code>
                {mark !== null && <span className="predict-line-mark">{mark ? "✓" : "✗"}</span>}
              </div>
            );
          })}
        </div>
        <div className="predict-moves">
          <button
            type="button"
            className="predict-button"
            aria-keyshortcuts="Alt+ArrowUp"
            disabled={locked || selected === 0}
            onClick={() => move(selected, selected - 1)}
          >
            ↑ {t("predict.moveUp")}
          </button>
          <button
            type="button"
            className="predict-button"
            aria-keyshortcuts="Alt+ArrowDown"
            disabled={locked || selected === order.length - 1}
            onClick={() => move(selected, selected + 1)}
          >
            ↓ {t("predict.moveDown")}
          </button>
        </div>
      </div>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {printed && (
        <div className="predict-printed">
          <p className="predict-title">{t("predict.printed")}</p>
          <ol className="predict-lines" data-testid="predict-printed">
            {printed.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the output's lines in order
              <li key={i} className="predict-line">
                <span className="predict-position" aria-hidden="true">
                  {i + 1}
                </span>
                <code>{line}</code>
              </li>
            ))}
          </ol>
        </div>
      )}
    </>
  );
}

function NumberField({
  exercise,
  value,
  locked,
  onChange,
}: {
  exercise: NumberExercise;
  value: string;
  locked: boolean;
  onChange: (value: string) => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <>
      <p className="predict-title">{t("predict.number.title")}</p>
      <p className="predict-number">
        <label htmlFor={id}>{exercise.question}</label>{" "}
        <span className="predict-number-field">
          <input
            id={id}
            type="number"
            inputMode="decimal"
            step="any"
            value={value}
            disabled={locked}
            aria-describedby={`${id}-help`}
            onChange={(event) => onChange(event.target.value)}
          />
          {exercise.unit && <span>{exercise.unit}</span>}
        </span>
      </p>
      <p className="predict-help" id={`${id}-help`}>
        {t("predict.number.help")}
      </p>
    </>
  );
}
