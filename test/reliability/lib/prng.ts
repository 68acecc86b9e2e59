import { mulberry32 } from '../../../tools/common/src/mulberry32';

/** mulberry32: a small seeded PRNG, so every fuzz case and fault schedule can be replayed from its seed. */
export class Rng {
  /** A float in [0, 1). */
  readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    // The index is inside the list, so the element exists (it may itself be undefined on purpose).
    return items[this.int(items.length)] as T;
  }
}
