/**
 * Python's `collections.deque` as the loop's ready queue uses it: a FIFO with O(1) append
 * and pop at the front, in a ring buffer that doubles when full, so a busy loop allocates
 * nothing.
 */
export class Deque<T> {
  private items: (T | undefined)[] = new Array(16);
  private head = 0;
  private size = 0;
  get length(): number {
    return this.size;
  }
  push(item: T): void {
    const capacity = this.items.length;
    if (this.size === capacity) {
      this.items = [...this.toArray(), ...new Array<T | undefined>(capacity)];
      this.head = 0;
    }
    this.items[(this.head + this.size) & (this.items.length - 1)] = item;
    this.size += 1;
  }
  shift(): T {
    const item = this.items[this.head] as T;
    this.items[this.head] = undefined;
    this.head = (this.head + 1) & (this.items.length - 1);
    this.size -= 1;
    return item;
  }
  clear(): void {
    this.items = new Array(16);
    this.head = 0;
    this.size = 0;
  }
  toArray(): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.size; i++) {
      out.push(this.items[(this.head + i) & (this.items.length - 1)] as T);
    }
    return out;
  }
}
