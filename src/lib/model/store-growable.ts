/** A Uint32Array that doubles as it fills: CSR columns whose length is known only at the end. */
export class GrowableU32 {
  data: Uint32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Uint32Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** The filled part, as a view (no copy). */
  view(): Uint32Array {
    return this.data.subarray(0, this.length);
  }
}
