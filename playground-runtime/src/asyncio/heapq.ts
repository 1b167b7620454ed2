/**
 * Python's `heapq`, with the same sift algorithms (`_siftdown`, and `_siftup`'s
 * leaf-first variant), so items that compare equal leave the heap in exactly the order
 * CPython's would: timers given the very same `when` fire in CPython's order.
 */

/** Python's `<` for the values heaps hold: `__lt__`, numbers, strings, tuples (arrays). */
export function lt(a: unknown, b: unknown): boolean {
  if (a !== null && typeof a === "object" && "__lt__" in a) {
    return (a as { __lt__(other: unknown): boolean }).__lt__(b);
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (lt(a[i], b[i])) return true;
      if (lt(b[i], a[i])) return false;
    }
    return a.length < b.length;
  }
  return (a as number) < (b as number);
}

type Less = (a: unknown, b: unknown) => boolean;

function siftdown<T>(heap: T[], startpos: number, pos: number, less: Less): void {
  const newitem = heap[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap[parentpos];
    if (less(newitem, parent)) {
      heap[pos] = parent;
      pos = parentpos;
      continue;
    }
    break;
  }
  heap[pos] = newitem;
}

function siftup<T>(heap: T[], pos: number, less: Less): void {
  const endpos = heap.length;
  const startpos = pos;
  const newitem = heap[pos];
  // Walk the smaller child down to a leaf, then let newitem bubble up from there.
  let childpos = 2 * pos + 1;
  while (childpos < endpos) {
    const rightpos = childpos + 1;
    if (rightpos < endpos && !less(heap[childpos], heap[rightpos])) childpos = rightpos;
    heap[pos] = heap[childpos];
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap[pos] = newitem;
  siftdown(heap, startpos, pos, less);
}

/** Pushes `item` onto `heap`, keeping the heap invariant (`less` is Python's `<`). */
export function heappush<T>(heap: T[], item: T, less: Less = lt): void {
  heap.push(item);
  siftdown(heap, 0, heap.length - 1, less);
}

/** Pops the smallest item; throws Python's IndexError message on an empty heap. */
export function heappop<T>(heap: T[], less: Less = lt): T {
  const last = heap.pop();
  if (last === undefined) throw new RangeError("index out of range");
  if (heap.length > 0) {
    const smallest = heap[0];
    heap[0] = last;
    siftup(heap, 0, less);
    return smallest;
  }
  return last;
}

/** Pops the smallest item and pushes `item`, in one step. */
export function heapreplace<T>(heap: T[], item: T, less: Less = lt): T {
  if (heap.length === 0) throw new RangeError("index out of range");
  const smallest = heap[0];
  heap[0] = item;
  siftup(heap, 0, less);
  return smallest;
}

/** Turns an array into a heap, in place, in linear time. */
export function heapify<T>(heap: T[], less: Less = lt): void {
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftup(heap, i, less);
}
