/**
 * Columns, from the compiled code back to the reader's source. Lines never move (the compiler
 * keeps every line where it was), but columns do: Sucrase drops type annotations and the
 * coroutine rewrite inserts text. An error should still point at the column the reader wrote,
 * so each file keeps a small table from compiled columns to source columns.
 */

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/**
 * Decodes a source map's `mappings` (Base64 VLQ) into, per generated line, its segments as
 * `[generatedColumn, sourceLine, sourceColumn]`, all 0-based.
 */
export function decodeMappings(mappings: string): number[][][] {
  const lines: number[][][] = [];
  let segments: number[][] = [];
  let fields: number[] = [];
  let value = 0;
  let shift = 0;
  // Columns restart on each line; the source line and column run on through the whole map.
  let generated = 0;
  let sourceLine = 0;
  let sourceColumn = 0;
  const endSegment = () => {
    if (fields.length >= 4) {
      generated += fields[0];
      sourceLine += fields[2];
      sourceColumn += fields[3];
      segments.push([generated, sourceLine, sourceColumn]);
    } else if (fields.length > 0) {
      generated += fields[0];
    }
    fields = [];
  };
  for (const char of mappings) {
    if (char === "," || char === ";") {
      endSegment();
      if (char === ";") {
        lines.push(segments);
        segments = [];
        generated = 0;
      }
      continue;
    }
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  endSegment();
  lines.push(segments);
  return lines;
}

/**
 * One line's column table: `[fromColumn, toColumn]` pairs sorted by `fromColumn` (0-based). A
 * column maps through the last pair at or before it, keeping its distance from that pair.
 */
export type LineColumns = [number, number][];

/** Maps `column` through one line's table (identity when the table is empty). */
export function mapColumn(table: LineColumns | undefined, column: number): number {
  if (!table || table.length === 0) return column;
  let low = 0;
  let high = table.length - 1;
  if (column < table[0][0]) return table[0][1];
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (table[mid][0] <= column) low = mid;
    else high = mid - 1;
  }
  return table[low][1] + (column - table[low][0]);
}

/** Keeps only the pairs where the distance between the two columns changes. */
export function compact(pairs: LineColumns): LineColumns {
  const out: LineColumns = [];
  for (const pair of pairs) {
    const last = out.at(-1);
    if (last === undefined || last[1] - last[0] !== pair[1] - pair[0]) out.push(pair);
  }
  return out;
}
