/**
 * The cheat sheet's forgiving match: case, spaces and punctuation do not matter, so
 * `call_soon`, `call soon` and `callsoon` all find `loop.call_soon`.
 */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Whether `query` finds the row whose normalised text is `row`. */
export function matches(row: string, query: string): boolean {
  const whole = normalise(query);
  if (row.includes(whole)) return true;
  // Words in any order: "exceptions gather" still finds gather's return_exceptions.
  const words = query.split(/\s+/).map(normalise).filter(Boolean);
  return words.length > 1 && words.every((word) => row.includes(word));
}
