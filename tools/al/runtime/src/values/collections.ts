import { alError } from '../errors';

/** List of [T]: a reference type; indexes are 1-based and checked as BC checks them. */
export class ALList {
  constructor(readonly items: unknown[] = []) {}
  get(index: number): unknown {
    if (index < 1 || index > this.items.length) throw indexError(index, this.items.length);
    return this.items[index - 1];
  }
  set(index: number, v: unknown): void {
    if (index < 1 || index > this.items.length) throw indexError(index, this.items.length);
    this.items[index - 1] = v;
  }
  insert(index: number, v: unknown): void {
    if (index < 1 || index > this.items.length + 1) throw indexError(index, this.items.length);
    this.items.splice(index - 1, 0, v);
  }
  removeAt(index: number): void {
    if (index < 1 || index > this.items.length) throw indexError(index, this.items.length);
    this.items.splice(index - 1, 1);
  }
}

function indexError(index: number, count: number): Error {
  return alError(`Index ${index} is out of range. The list has ${count} element(s); valid indexes are 1 to ${count}.`);
}

/** Dictionary of [K, V]: keys are compared by their AL value (text keys case-sensitively). */
export class ALDictionary {
  readonly map = new Map<unknown, { key: unknown; value: unknown }>();
}

export class TextBuilderV {
  parts: string[] = [];
  length = 0;
  text(): string {
    if (this.parts.length > 1) this.parts = [this.parts.join('')];
    return this.parts[0] ?? '';
  }
  append(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }
  setText(s: string): void {
    this.parts = [s];
    this.length = s.length;
  }
}

/** An array variable `array[n] of T`: a JS array of slots, accessed 1-based. */
export class ALArray {
  constructor(
    readonly items: unknown[],
    readonly dims: readonly number[],
  ) {}
  offset(indexes: readonly number[]): number {
    if (indexes.length !== this.dims.length) throw alError(`The array needs ${this.dims.length} index(es), ${indexes.length} given.`);
    let off = 0;
    for (let i = 0; i < indexes.length; i++) {
      const ix = indexes[i] ?? 0;
      const dim = this.dims[i] ?? 0;
      if (!Number.isInteger(ix) || ix < 1 || ix > dim) throw alError(`The index ${ix} is outside the array bounds (1..${dim}).`);
      off = off * dim + (ix - 1);
    }
    return off;
  }
}
